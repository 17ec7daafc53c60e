import { beforeEach, describe, expect, it } from 'vitest';
import { unlockedVaultId } from '../../../src/crypto/keyring';
import {
  allergyKind,
  attachedDocumentKind,
  damagedOriginalKind,
  keptOriginals,
  putDocument,
  type AttachedDocument,
  type DamagedOriginal,
} from '../../../src/documents';
import type { Allergy } from '../../../src/domain/records';
import { vaultDatabase } from '../../../src/storage/db';
import { countOrphans, orphanCount, sweepOrphans } from '../../../src/storage/orphanSweep';
import { readOriginal, storeOriginal } from '../../../src/storage/originalsRepository';
import { freshVault } from '../storage/resetVault';
import { STORED_FORMATS } from './storedFormats';

const sha = (n: number) => n.toString(16).padStart(64, '0');

describe('the originals documents keep', () => {
  beforeEach(() => freshVault());

  it('are the damaged originals and the opinions and receipts attached to shares; the sweep leaves them', async () => {
    const opinion = await storeOriginal(new Uint8Array([37, 80, 68, 70]), sha(1));
    const damaged = await storeOriginal(new Uint8Array([0, 1, 2]), sha(2));
    await putDocument(attachedDocumentKind, sha(1), {
      ...(STORED_FORMATS['opinion-document']!.reads as AttachedDocument),
      address: opinion.address,
      sha256: sha(1),
    });
    await putDocument(damagedOriginalKind, damaged.address, {
      ...(STORED_FORMATS['damaged-original']!.reads as DamagedOriginal),
      address: damaged.address,
    });
    const kept = await keptOriginals();
    expect([...kept.addresses].sort()).toEqual([opinion.address, damaged.address].sort());
    expect(kept.unreadable).toEqual([]);
    expect(orphanCount(await countOrphans(kept.addresses))).toBe(0);
    await sweepOrphans(unlockedVaultId() ?? '', kept.addresses);
    expect([...(await readOriginal(opinion.address))]).toEqual([37, 80, 68, 70]);
    expect([...(await readOriginal(damaged.address))]).toEqual([0, 1, 2]);
  });

  it('are not known for sure while a record row cannot be opened: it is returned, named', async () => {
    await putDocument(allergyKind, 'a1', STORED_FORMATS['allergy']!.reads as Allergy);
    const db = vaultDatabase();
    const [row] = await db.records.toArray();
    const garbled = Uint8Array.from(row!.sealed);
    garbled[garbled.length - 1]! ^= 0xff;
    await db.records.put({ id: row!.id, sealed: garbled });
    const kept = await keptOriginals();
    expect(kept.unreadable.map((d) => d.rowId)).toEqual([row!.id]);
  });
});
