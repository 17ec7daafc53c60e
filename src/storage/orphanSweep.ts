import { vaultDatabase, type VaultDatabase } from './db';
import { checkVaultIs } from './lifecycleRepository';

/**
 * Rows an interrupted job can leave behind, found from clear index columns alone (no key needed):
 * - chunks whose original row is missing (a delete or a restore cut short),
 * - originals that no instance refers to (with their chunks). An original an instance does refer to is
 *   never removed, even without chunks: that is damage the integrity check names, not a leftover. Nor is
 *   one a sealed document refers to (`keptByDocuments`: a damaged original kept by an import has no
 *   instance row, and only the unlocked caller can read which addresses those documents name),
 * - instances whose series row is missing: an import or a merge writes instances before the catalog
 *   rows that make them visible, so once no job runs these are leftovers, never shown to anyone.
 * Only safe while no import runs in any tab (the caller holds the import lock exclusively) and under
 * the life-cycle lock (no restore or delete is writing).
 */
export interface Orphans {
  readonly instances: readonly string[];
  readonly originals: readonly string[];
  /** Addresses whose chunks go: those of orphan originals and those with no original at all. */
  readonly chunkAddresses: readonly string[];
  readonly chunkRows: number;
}

export function orphanCount(o: Orphans): number {
  return o.instances.length + o.originals.length + o.chunkRows;
}

async function findOrphans(db: VaultDatabase, keptByDocuments: ReadonlySet<string>): Promise<Orphans> {
  const seriesIds = new Set((await db.series.toCollection().primaryKeys()) as string[]);
  const usedSeries = (await db.instances.orderBy('seriesId').uniqueKeys()) as string[];
  const lostSeries = usedSeries.filter((id) => !seriesIds.has(id));
  const instances = lostSeries.length
    ? ((await db.instances.where('seriesId').anyOf(lostSeries).primaryKeys()) as string[])
    : [];
  const orphanInstances = new Set(instances);

  // Addresses still claimed by an instance that stays.
  const claimed = new Set((await db.instances.orderBy('address').uniqueKeys()) as string[]);
  const documented = (address: string) => keptByDocuments.has(address);
  const leaving = await db.instances.bulkGet(instances);
  for (const address of new Set(leaving.flatMap((row) => (row ? [row.address] : [])))) {
    const users = (await db.instances.where('address').equals(address).primaryKeys()) as string[];
    if (users.every((id) => orphanInstances.has(id))) claimed.delete(address);
  }

  const withChunks = new Set((await db.chunks.orderBy('address').uniqueKeys()) as string[]);
  const originalAddresses = (await db.originals.toCollection().primaryKeys()) as string[];
  const originals = originalAddresses.filter((a) => !claimed.has(a) && !documented(a));
  const kept = new Set(originalAddresses.filter((a) => !originals.includes(a)));
  const chunkAddresses = [...withChunks].filter((a) => !kept.has(a));
  const chunkRows = chunkAddresses.length
    ? await db.chunks.where('address').anyOf(chunkAddresses).count()
    : 0;
  return { instances, originals, chunkAddresses, chunkRows };
}

/** What a sweep would remove now (storage health shows the count). */
export async function countOrphans(keptByDocuments: ReadonlySet<string>): Promise<Orphans> {
  const db = vaultDatabase();
  return db.transaction('r', [db.series, db.instances, db.originals, db.chunks], () =>
    findOrphans(db, keptByDocuments),
  );
}

/** Finds and removes orphan rows in one transaction, checking the vault is still `vaultId`'s. */
export async function sweepOrphans(vaultId: string, keptByDocuments: ReadonlySet<string>): Promise<Orphans> {
  const db = vaultDatabase();
  return db.transaction('rw', [db.meta, db.series, db.instances, db.originals, db.chunks], async () => {
    await checkVaultIs(db, vaultId);
    const found = await findOrphans(db, keptByDocuments);
    await db.instances.bulkDelete([...found.instances]);
    await db.originals.bulkDelete([...found.originals]);
    if (found.chunkAddresses.length)
      await db.chunks
        .where('address')
        .anyOf([...found.chunkAddresses])
        .delete();
    return found;
  });
}
