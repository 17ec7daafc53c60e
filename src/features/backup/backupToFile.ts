import { backupAuthenticator } from '../../crypto/keyring';
import { BackupFileWriter, type ByteSink } from '../../domain/backup';
import type { BackupRun } from '../../domain/backup';
import { appendAudit } from '../../storage/auditRepository';
import { openStreamedDownload } from '../../protocol/streamedDownloadPage';
import { downloadBlob } from '../../ui/download';
import { rememberBackup } from './backupHistory';
import { isPickerCancel, savePicker } from './fileSystem';
import type { CountingControl as JobControl } from '../../ui/jobs';
import { snapshotVault, totalRecords, vaultRecords } from './vaultRecords';

export function backupFileName(now: Date): string {
  return `Imaging-Vault-backup-${now.toISOString().slice(0, 10)}.ivbackup`;
}

/**
 * Backs the whole vault up into one file, streamed: into the file the person picks where the browser
 * can (the file appears only when complete), else as a download streamed through the service worker,
 * and only when no service worker controls the page as Blob parts (which the browser may keep on disk).
 * Returns null when the person closed the picker.
 */
export async function backupToFile(control: JobControl, now = new Date()): Promise<BackupRun | null> {
  const name = backupFileName(now);
  const picker = savePicker();
  let handle: FileSystemFileHandle | null = null;
  if (picker) {
    try {
      handle = await picker({
        suggestedName: name,
        types: [
          { description: 'Imaging Vault backup', accept: { 'application/octet-stream': ['.ivbackup'] } },
        ],
      });
    } catch (error) {
      if (isPickerCancel(error)) return null;
      throw error;
    }
  }
  const snapshot = await snapshotVault(now);
  const total = totalRecords(snapshot);
  const writable = handle ? await handle.createWritable() : null;
  const streamed = writable ? null : openStreamedDownload(name, 'application/octet-stream');
  const parts: Blob[] = [];
  const sink: ByteSink = {
    write: async (bytes) => {
      if (writable) await writable.write(bytes as Uint8Array<ArrayBuffer>);
      else if (streamed) await streamed.write(bytes);
      else parts.push(new Blob([bytes as Uint8Array<ArrayBuffer>]));
    },
  };
  try {
    const writer = await BackupFileWriter.start(sink, snapshot.header, backupAuthenticator());
    let done = 0;
    for await (const record of vaultRecords(snapshot)) {
      if (control.stopped()) throw new Error('The backup was stopped; no backup file was written.');
      await writer.add(record);
      control.progress(++done, total);
    }
    const written = await writer.finish();
    if (writable) await writable.close();
    else if (streamed) streamed.close();
    else downloadBlob(new Blob(parts, { type: 'application/octet-stream' }), name);
    const run: BackupRun = {
      at: now.toISOString(),
      kind: 'file',
      where: handle?.name ?? name,
      records: written.records,
      written: written.records,
      bytes: written.bytes,
      problems: 0,
    };
    await rememberBackup(run);
    await appendAudit('backup', 'vault', {
      kind: 'file',
      where: run.where,
      records: run.records,
      bytes: run.bytes,
    });
    return run;
  } catch (error) {
    // Abort discards the temporary file: a failed backup never leaves a half-written one behind.
    await writable?.abort().catch(() => undefined);
    streamed?.abort('The backup stopped.');
    throw error;
  }
}
