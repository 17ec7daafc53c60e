import type { BackupRun } from '../domain/backup';
import type { DocumentKind } from './documentKind';
import { requireFields } from './readFields';

/** One backup written (id = when), so Settings can say when, how many and where. */
export const backupRunKind: DocumentKind<BackupRun> = {
  name: 'backup',
  version: 1,
  migrations: {},
  read: (value) => requireFields<BackupRun>(value, 'backup run', { at: 'string', kind: 'string' }),
};
