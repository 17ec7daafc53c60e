import { backupStatus, type BackupRun, type BackupStatus } from '../../domain/backup';
import { listRecords, putRecord } from '../../storage/recordsRepository';

/** Each backup run is kept as a sealed record, so Settings can say when, how many and where. */
export const BACKUP_RECORD = 'backup';

export async function rememberBackup(run: BackupRun): Promise<void> {
  await putRecord(BACKUP_RECORD, run.at, run);
}

export async function readBackupStatus(now = new Date()): Promise<BackupStatus> {
  const history = await listRecords<BackupRun>(BACKUP_RECORD);
  return backupStatus(
    history.map((d) => d.value),
    now,
  );
}
