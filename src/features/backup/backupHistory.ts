import { backupStatus, type BackupRun, type BackupStatus } from '../../domain/backup';
import { backupRunKind, listDocuments, putDocument } from '../../documents';

/** Each backup run is kept as a sealed document, so Settings can say when, how many and where. */
export async function rememberBackup(run: BackupRun): Promise<void> {
  await putDocument(backupRunKind, run.at, run);
}

export async function readBackupStatus(now = new Date()): Promise<BackupStatus> {
  const history = await listDocuments(backupRunKind);
  return backupStatus(
    history.map((d) => d.value),
    now,
  );
}
