import { backupAuthenticator, unlockedVaultId } from '../../crypto/keyring';
import type { VaultKeyMaterial } from '../../crypto/vaultKeys';
import {
  readBackupFile,
  type BackupHeader,
  type BackupRecord,
  type DeferredCheck,
  type KeyedRecord,
} from '../../domain/backup';
import { announceVaultEvent } from '../../protocol/vaultChannel';
import { restoreAuditTrail, writeRestoredRecords, type WriteOutcome } from '../../storage/backupRepository';
import {
  beginFreshRestore,
  finishFreshRestore,
  RESTORE_MARKER_VERSION,
  type RestoreExpectation,
} from '../../storage/lifecycleRepository';
// Straight from the file, not ../vault: that index leads back here through the create screen.
import { runLifecycle } from '../vault';
import { t } from '../../ui/i18n/catalog';
import { blobSource } from './fileSystem';
import type { CountingControl as JobControl } from '../../ui/jobs';
import { decodeKeyMaterial } from './keyMaterialCodec';
import { readFolderBackup, type FolderFiles } from './readFolderBackup';
import type { RestoreRun } from '../../documents';

export type RestoreMode = 'fresh' | 'merge';
export type RestoreSource = { kind: 'file'; file: File } | { kind: 'folder'; folder: FolderFiles };

/** What a restore reports: the run kept in the vault's history (documents/restoreRun) before it is dated. */
export interface RestoreReport extends Omit<RestoreRun, 'at' | 'mode'> {
  /** Fresh restore: authentication checks to run once the vault is unlocked (recordRestore does). */
  readonly deferred?: readonly DeferredCheck[];
}

/** Records are written in transactions of up to this many bytes (or 64 rows). */
const BATCH_BYTES = 16 * 1024 * 1024;

/**
 * Restores a backup, holding the life-cycle lock throughout so no other tab creates, restores or clears
 * meanwhile. `fresh`: into a browser with no vault — a "restore in progress" marker is written first,
 * then every record, and the key material last, in the transaction that removes the marker, so a
 * restore cut short leaves no vault that seems whole and is offered to resume or discard at the next
 * start. `merge`: into the unlocked vault the backup was made of — only records it lacks are added.
 * Every batch re-checks, in its own transaction, that the profile is still as the restore expects.
 * Damaged or missing records are named in the report; everything else is restored.
 */
export function restoreBackup(
  source: RestoreSource,
  mode: RestoreMode,
  control: JobControl,
): Promise<RestoreReport> {
  return runLifecycle(() => restoreUnderLock(source, mode, control));
}

async function restoreUnderLock(
  source: RestoreSource,
  mode: RestoreMode,
  control: JobControl,
): Promise<RestoreReport> {
  const where = source.kind === 'file' ? source.file.name : source.folder.name;
  let material: VaultKeyMaterial | null = null;
  let header: BackupHeader | null = null;
  let expectation: RestoreExpectation | null = null;
  const onHeader = async (h: BackupHeader) => {
    const m = decodeKeyMaterial(h.keyMaterial);
    material = m;
    header = h;
    if (mode === 'merge') {
      const current = unlockedVaultId();
      if (!current || h.vaultId !== current) {
        throw new Error(
          `This backup is of another vault (made ${h.createdAt.slice(0, 10)}), not of the one open here. A backup restores only into its own vault, or into a browser with no vault yet (“Restore from a backup” on the first screen).`,
        );
      }
      expectation = { mode: 'merge', vaultId: current };
    } else {
      await beginFreshRestore({
        version: RESTORE_MARKER_VERSION,
        vaultId: h.vaultId,
        backupCreatedAt: h.createdAt,
        startedAt: new Date().toISOString(),
        source: where,
        material: m,
      });
      announceVaultEvent('restore-started');
      expectation = { mode: 'fresh', material: m };
    }
  };
  let batch: BackupRecord[] = [];
  let batchBytes = 0;
  const audit: BackupRecord[] = [];
  let auditHead: BackupRecord | null = null;
  const totals = { added: 0, skipped: 0, series: [] as string[], studies: [] as string[] };
  const flush = async () => {
    if (batch.length === 0) return;
    if (!expectation) throw new Error(t('stewardship.restore.recordsBeforeHeader', { where }));
    const outcome: WriteOutcome = await writeRestoredRecords(batch, expectation);
    totals.added += outcome.added;
    totals.skipped += outcome.skipped;
    totals.series.push(...outcome.addedInstanceSeries);
    batch = [];
    batchBytes = 0;
  };
  const onRecord = async (record: KeyedRecord) => {
    const { table, row } = record.descriptor;
    if (table === 'audit') audit.push(record);
    else if (table === 'settings' && row['key'] === 'audit-head') auditHead = record;
    else {
      batch.push(record);
      batchBytes += record.sealed.length;
      if (batchBytes >= BATCH_BYTES || batch.length >= 64) await flush();
    }
  };
  // Merging, the vault's keys are open and every code is checked as it is read.
  const authenticator = mode === 'merge' ? backupAuthenticator() : undefined;
  const read =
    source.kind === 'file'
      ? await readBackupFile(blobSource(source.file), {
          onHeader,
          onRecord,
          onProgress: (d, t) => control.progress(d, t),
          stopped: control.stopped,
          authenticator,
        })
      : await readFolderBackup(source.folder, {
          onHeader,
          onRecord,
          onProgress: control.progress,
          stopped: control.stopped,
          authenticator,
        });
  await flush();
  const auditOutcome = await restoreAuditTrail(audit, auditHead, mode);
  if (mode === 'fresh' && material) await finishFreshRestore(material);
  if (material) announceVaultEvent('restored');
  const h = header as BackupHeader | null;
  return {
    vaultId: h?.vaultId ?? read.header.vaultId,
    backupDate: read.header.createdAt,
    where,
    restored: totals.added + auditOutcome.added + (auditHead && mode === 'fresh' ? 1 : 0),
    skipped: totals.skipped,
    problems: read.problems,
    auditAdded: auditOutcome.added,
    auditDivergedAfter: auditOutcome.divergedAfter,
    addedInstanceSeries: totals.series,
    deferred: read.deferred,
  };
}
