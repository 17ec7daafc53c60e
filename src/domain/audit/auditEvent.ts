/** What the audit trail records. Actions are stable identifiers; the UI words them through the catalog. */
export const AUDIT_ACTIONS = [
  'vault.created',
  'vault.unlocked',
  'vault.unlock-failed',
  'vault.locked',
  'vault.passphrase-changed',
  'import',
  'view',
  'export',
  'share',
  'delete',
  'backup',
  'restore',
  'integrity-check',
  'records.changed',
  'settings.changed',
  /** The clear record of failed unlocks was erased or replaced between two unlocks. */
  'vault.unlock-records-erased',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEvent {
  /** ISO 8601 time the action happened. */
  readonly time: string;
  readonly action: AuditAction;
  /** What it was done to: a study, a package id, the vault. */
  readonly subject: string;
  readonly details: Readonly<Record<string, string | number | boolean | null>>;
}

/** One link of the chain: the event, its place, and the hashes that tie it to the one before. */
export interface AuditEntry {
  readonly seq: number;
  readonly event: AuditEvent;
  /** SHA-256 (hex) of the previous entry; GENESIS_HASH for the first. */
  readonly prevHash: string;
  /** SHA-256 (hex) of this entry: seq, event and prevHash. */
  readonly hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);
