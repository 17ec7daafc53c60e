import type { BackupProblem } from '../domain/backup';
import type { DocumentKind } from './documentKind';
import { requireFields } from './readFields';

/** One restore's report (id = when), kept once the vault is unlocked. */
export interface RestoreRun {
  readonly vaultId: string;
  readonly backupDate: string;
  readonly where: string;
  readonly restored: number;
  /** Records the vault already had (merge). */
  readonly skipped: number;
  readonly problems: readonly BackupProblem[];
  readonly auditAdded: number;
  readonly auditDivergedAfter: number | null;
  /** Series of the instance rows added: their studies' summaries are recomputed after a merge. */
  readonly addedInstanceSeries: readonly string[];
  readonly at: string;
  readonly mode: 'fresh' | 'merge';
}

export const restoreRunKind: DocumentKind<RestoreRun> = {
  name: 'restore',
  version: 1,
  migrations: {},
  read: (value) => requireFields<RestoreRun>(value, 'restore run', { at: 'string', problems: 'array' }),
};
