import { unlockedVaultId } from '../../crypto/keyring';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES } from '../../domain/backup';
import type { BackupHeader, BackupRecord, BackupTable } from '../../domain/backup';
import { readRecords, snapshotKeys, type KeySnapshot } from '../../storage/backupRepository';
import { loadKeyMaterial } from '../../storage/vaultMetaRepository';
import { encodeKeyMaterial } from './keyMaterialCodec';

/** Small rows are read a few hundred at a time; chunks (up to 4 MiB each) a few at a time. */
const BATCH: Record<BackupTable, number> = {
  chunks: 4,
  originals: 256,
  instances: 256,
  series: 256,
  studies: 256,
  patients: 256,
  records: 256,
  audit: 256,
  settings: 256,
};

export interface VaultSnapshot {
  readonly keys: KeySnapshot;
  readonly header: BackupHeader;
}

/** A consistent list of what to back up, and the header naming the vault and carrying its wrapped keys. */
export async function snapshotVault(now = new Date()): Promise<VaultSnapshot> {
  const vaultId = unlockedVaultId();
  const material = await loadKeyMaterial();
  if (!vaultId || !material) throw new Error('Unlock the vault before backing it up.');
  const keys = await snapshotKeys();
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, keys.get(t)?.length ?? 0]));
  return {
    keys,
    header: {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      vaultId,
      createdAt: now.toISOString(),
      keyMaterial: encodeKeyMaterial(material),
      counts,
    },
  };
}

export function totalRecords(snapshot: VaultSnapshot): number {
  return BACKUP_TABLES.reduce((n, t) => n + (snapshot.keys.get(t)?.length ?? 0), 0);
}

/** The snapshot's rows, table by table in restore order, read in small batches (never all at once). */
export async function* vaultRecords(
  snapshot: VaultSnapshot,
  tables: readonly BackupTable[] = BACKUP_TABLES,
): AsyncGenerator<BackupRecord> {
  for (const table of tables) {
    const keys = snapshot.keys.get(table) ?? [];
    for (let i = 0; i < keys.length; i += BATCH[table]) {
      yield* await readRecords(table, keys.slice(i, i + BATCH[table]));
    }
  }
}
