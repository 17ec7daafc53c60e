import { beforeEach, describe, expect, it } from 'vitest';
import { unlockedVaultId } from '../../../src/crypto/keyring';
import {
  sealInstance,
  sealPatient,
  sealSeries,
  sealStudy,
  writeCatalogRows,
} from '../../../src/storage/catalogRepository';
import { vaultDatabase } from '../../../src/storage/db';
import { writeImportBatch } from '../../../src/storage/importRepository';
import { countOrphans, orphanCount, sweepOrphans } from '../../../src/storage/orphanSweep';
import { readOriginal, sealOriginal, storeOriginal } from '../../../src/storage/originalsRepository';
import { freshVault } from './resetVault';
import { partial } from './partialCatalogValue';

const sha = (n: number) => n.toString(16).padStart(64, '0');
/** No sealed document keeps any original. */
const NONE: ReadonlySet<string> = new Set();

/** A whole study (patient → study → series → two instances, one file shared by both). */
async function wholeStudy() {
  const a = await storeOriginal(new Uint8Array([1, 2, 3]), sha(1));
  await writeCatalogRows({
    patients: [await sealPatient('p', { info: {} })],
    studies: [await sealStudy('A', 'p', partial({}))],
    series: [await sealSeries('sA', 'A', partial({}))],
    instances: [
      await sealInstance('i1', 'sA', a.address, partial({})),
      await sealInstance('i2', 'sA', a.address, partial({})),
    ],
  });
  return a.address;
}

/** What an import killed before its catalog step leaves: a file and its instance, no series row. */
async function interruptedImport() {
  const sealed = await sealOriginal(new Uint8Array([7, 7, 7, 7]), sha(7));
  await writeImportBatch([sealed], [await sealInstance('lost', 'sLost', sealed.address, partial({}))]);
  return sealed.address;
}

describe('orphan sweep', () => {
  beforeEach(() => freshVault());

  it('finds and removes only the leftovers of interrupted jobs', async () => {
    const kept = await wholeStudy();
    const lost = await interruptedImport();
    const db = vaultDatabase();
    // A file no instance refers to (a merge cut short after the originals table).
    const unreferenced = await storeOriginal(new Uint8Array([9]), sha(9));
    // Chunks whose original row is gone; and damage, not a leftover: a referenced original without chunks.
    await db.chunks.put({ address: 'gone', index: 0, sealed: new Uint8Array([1]) });
    await db.chunks.put({ address: 'gone', index: 1, sealed: new Uint8Array([2]) });
    const chunkless = await storeOriginal(new Uint8Array([5, 5]), sha(5));
    await db.chunks.where('address').equals(chunkless.address).delete();
    await writeCatalogRows({ instances: [await sealInstance('i3', 'sA', chunkless.address, partial({}))] });

    const found = await countOrphans(NONE);
    expect([...found.instances]).toEqual(['lost']);
    expect([...found.originals].sort()).toEqual([lost, unreferenced.address].sort());
    expect(found.chunkRows).toBe(2 + 1 + 1); // "gone" ×2, the lost import's, the unreferenced file's
    expect(orphanCount(found)).toBe(1 + 2 + 4);

    const swept = await sweepOrphans(unlockedVaultId() ?? '', NONE);
    expect(orphanCount(swept)).toBe(orphanCount(found));
    expect(orphanCount(await countOrphans(NONE))).toBe(0);
    // The whole study is untouched and still reads back byte for byte.
    expect([...(await readOriginal(kept))]).toEqual([1, 2, 3]);
    expect(await db.instances.count()).toBe(3);
    expect(await db.originals.get(chunkless.address)).toBeDefined();
    expect(await db.chunks.where('address').equals(kept).count()).toBe(1);
  });

  it('keeps a file an orphan instance shares with an instance that stays', async () => {
    const kept = await wholeStudy();
    await writeImportBatch([], [await sealInstance('lost', 'sLost', kept, partial({}))]);
    const found = await countOrphans(NONE);
    expect(found).toEqual({ instances: ['lost'], originals: [], chunkAddresses: [], chunkRows: 0 });
    await sweepOrphans(unlockedVaultId() ?? '', NONE);
    expect([...(await readOriginal(kept))]).toEqual([1, 2, 3]);
  });

  it('keeps an original a sealed document keeps (a damaged original has no instance row)', async () => {
    await wholeStudy();
    const damaged = await storeOriginal(new Uint8Array([4, 0, 4]), sha(4));
    expect([...(await countOrphans(NONE)).originals]).toEqual([damaged.address]);
    const keptByDocuments = new Set([damaged.address]);
    expect(orphanCount(await countOrphans(keptByDocuments))).toBe(0);
    await sweepOrphans(unlockedVaultId() ?? '', keptByDocuments);
    expect([...(await readOriginal(damaged.address))]).toEqual([4, 0, 4]);
  });

  it('finds nothing in a consistent vault', async () => {
    await wholeStudy();
    expect(orphanCount(await countOrphans(NONE))).toBe(0);
  });

  it('refuses to sweep a vault other than the one unlocked', async () => {
    await interruptedImport();
    await expect(sweepOrphans('another vault', NONE)).rejects.toMatchObject({ conflict: 'other-vault' });
    expect(await vaultDatabase().instances.count()).toBe(1);
  });
});
