import type { SealedOriginal } from '../crypto/sealOriginal';
import { vaultDatabase } from './db';
import type { InstanceRow } from './schema';

/**
 * Writes a batch of imported files in ONE transaction: their sealed originals (unless the vault already
 * holds those bytes) and their instance rows. A batch appears whole or not at all. The rows stay
 * invisible in the library until the import's last step writes their series, study and patient rows
 * (writeCatalogRows), so an interrupted import shows nothing half-done, and a retry, which derives the
 * same ids from the same files, completes it.
 */
export async function writeImportBatch(
  originals: readonly SealedOriginal[],
  instances: readonly InstanceRow[],
) {
  const db = vaultDatabase();
  await db.transaction('rw', [db.originals, db.chunks, db.instances], async () => {
    const present = await db.originals.bulkGet(originals.map((o) => o.address));
    const missing = originals.filter((_, i) => present[i] === undefined);
    if (missing.length > 0) {
      await db.chunks.bulkPut(missing.flatMap((o) => o.chunks.map((c) => ({ ...c }))));
      await db.originals.bulkPut(missing.map((o) => ({ ...o.original })));
    }
    if (instances.length > 0) await db.instances.bulkPut([...instances]);
  });
}

/** Which of these instance ids the vault already has. */
export async function existingInstanceIds(ids: readonly string[]): Promise<Set<string>> {
  const rows = await vaultDatabase().instances.bulkGet([...ids]);
  return new Set(rows.flatMap((row) => (row ? [row.id] : [])));
}

/** Instance ids per series, for the series an import touched. */
export async function seriesIdsOfStudy(studyId: string): Promise<string[]> {
  return (await vaultDatabase().series.where('studyId').equals(studyId).primaryKeys()) as string[];
}
