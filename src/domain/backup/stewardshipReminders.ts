/** When a backup or an integrity check is due, from their kept history. Pure, so it is tested with fixed dates. */

export interface BackupRun {
  readonly at: string;
  readonly kind: 'file' | 'folder';
  /** The file or folder name the browser reported (it never reveals a full path). */
  readonly where: string;
  readonly records: number;
  /** Records written by this run (all of them for a file; only new ones for a folder). */
  readonly written: number;
  readonly bytes: number;
  readonly problems: number;
}

const DAY = 24 * 60 * 60 * 1000;
export const BACKUP_STALE_DAYS = 30;
export const FIXITY_INTERVAL_DAYS = 365;

export type BackupReminder = 'never' | 'stale' | 'one-place';

export interface BackupStatus {
  readonly last: BackupRun | null;
  readonly count: number;
  /** Distinct places (by kind and name) written to. */
  readonly places: readonly string[];
  readonly reminders: readonly BackupReminder[];
}

export function backupStatus(history: readonly BackupRun[], now: Date): BackupStatus {
  const sorted = [...history].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const last = sorted[0] ?? null;
  const places = [...new Set(sorted.map((r) => `${r.kind}:${r.where}`))];
  const reminders: BackupReminder[] = [];
  if (!last) reminders.push('never');
  else {
    if (now.getTime() - Date.parse(last.at) > BACKUP_STALE_DAYS * DAY) reminders.push('stale');
    if (places.length < 2) reminders.push('one-place');
  }
  return { last, count: sorted.length, places, reminders };
}

/** True when no check ever ran, or the last one is more than a year old. */
export function fixityDue(lastRunAt: string | null, now: Date): boolean {
  return lastRunAt === null || now.getTime() - Date.parse(lastRunAt) > FIXITY_INTERVAL_DAYS * DAY;
}
