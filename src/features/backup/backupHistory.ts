import { backupStatus, type BackupRun, type BackupStatus } from '../../domain/backup';
import { unlockedVaultId } from '../../crypto/keyring';
import { backupRunKind, listDocuments, putDocument } from '../../documents';
import { noteBackup } from '../../storage/presenceMarker';

/** Each backup run is kept as a sealed document, so Settings can say when, how many and where. */
export async function rememberBackup(run: BackupRun): Promise<void> {
  await putDocument(backupRunKind, run.at, run);
  // Kept apart from the database too: if the browser clears the vault, the next start names this backup.
  const vaultId = unlockedVaultId();
  if (vaultId) noteBackup(vaultId, { at: run.at, kind: run.kind, where: run.where });
}

export async function readBackupStatus(now = new Date()): Promise<BackupStatus> {
  const history = await listDocuments(backupRunKind);
  return backupStatus(
    history.map((d) => d.value),
    now,
  );
}
