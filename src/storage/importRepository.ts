import type { SealedOriginal } from '../crypto/sealOriginal';
import { vaultDatabase } from './db';
import type { InstanceRow } from './schema';

/**
 * Writes a batch of imported files in ONE transaction: their sealed originals (unless the vault already
 * holds those bytes) and their instance rows (unless the vault already has them: those ids are
 * returned, so a re-import can say what was there before). A batch appears whole or not at all.
 * Checking inside the write transaction, not in one of its own before it, saves a transaction per batch
 * on the import's serial write path. The rows stay
 * invisible in the library until the import's last step writes their series, study and patient rows
 * (writeCatalogRows), so an interrupted import shows nothing half-done, and a retry, which derives the
 * same ids from the same files, completes it.
 */
export async function writeImportBatch(
  originals: readonly SealedOriginal[],
  instances: readonly InstanceRow[],
): Promise<{ alreadyStored: Set<string> }> {
  const db = vaultDatabase();
  return db.transaction('rw', [db.originals, db.chunks, db.instances], async () => {
    const [present, stored] = await Promise.all([
      db.originals.bulkGet(originals.map((o) => o.address)),
      db.instances.bulkGet(instances.map((i) => i.id)),
    ]);
    const missing = originals.filter((_, i) => present[i] === undefined);
    if (missing.length > 0) {
      await db.chunks.bulkPut(missing.flatMap((o) => o.chunks.map((c) => ({ ...c }))));
      await db.originals.bulkPut(missing.map((o) => ({ ...o.original })));
    }
    const alreadyStored = new Set(stored.flatMap((row) => (row ? [row.id] : [])));
    const fresh = instances.filter((i) => !alreadyStored.has(i.id));
    if (fresh.length > 0) await db.instances.bulkPut(fresh);
    return { alreadyStored };
  });
}
