import { BACKUP_STALE_DAYS, type BackupRun } from '../backup/stewardshipReminders';

/**
 * What protects this vault in this browser and what does not, from facts the browser reports (never from
 * its name: no user-agent sniffing). Pure, so every combination is tested.
 */
export interface ProtectionFacts {
  /** navigator.storage.persisted(): null where the browser has no Storage API. */
  readonly persisted: boolean | null;
  /** The app runs installed (display-mode standalone, or iOS's home-screen flag). */
  readonly installed: boolean;
  readonly lastBackup: Pick<BackupRun, 'at'> | null;
  readonly now: Date;
}

export type ProtectionItem =
  | 'persisted'
  | 'not-persisted'
  | 'persistence-unknown'
  | 'installed'
  | 'not-installed'
  | 'backup-recent'
  | 'backup-stale'
  | 'backup-none';

export interface ProtectionLine {
  readonly item: ProtectionItem;
  readonly protects: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

export function protectionReport(facts: ProtectionFacts): ProtectionLine[] {
  const lines: ProtectionLine[] = [];
  if (facts.persisted === true) lines.push({ item: 'persisted', protects: true });
  else if (facts.persisted === false) lines.push({ item: 'not-persisted', protects: false });
  else lines.push({ item: 'persistence-unknown', protects: false });
  // Safari keeps the storage of a home-screen app; other browsers grant persistence more readily to one.
  lines.push({ item: facts.installed ? 'installed' : 'not-installed', protects: facts.installed });
  if (!facts.lastBackup) lines.push({ item: 'backup-none', protects: false });
  else if (facts.now.getTime() - Date.parse(facts.lastBackup.at) > BACKUP_STALE_DAYS * DAY)
    lines.push({ item: 'backup-stale', protects: false });
  else lines.push({ item: 'backup-recent', protects: true });
  return lines;
}

/**
 * Whether to remind the patient to back up, seen after an import: after every import until a first backup
 * exists, then whenever the last one is more than a month old.
 */
export function backupNudge(lastBackup: Pick<BackupRun, 'at'> | null, now: Date): 'first' | 'monthly' | null {
  if (!lastBackup) return 'first';
  return now.getTime() - Date.parse(lastBackup.at) > BACKUP_STALE_DAYS * DAY ? 'monthly' : null;
}
