import { beforeEach, describe, expect, it } from 'vitest';
import { contentAddress, opaqueId, sealJson, unlockedVaultId } from '../../../src/crypto/keyring';
import type { BackupRecord } from '../../../src/domain/backup';
import { readRecords, snapshotKeys, writeRestoredRecords } from '../../../src/storage/backupRepository';
import { groupKeys } from '../../../src/domain/dicom/group/groupKeys';
import type { DicomInstance } from '../../../src/domain/dicom/model';
import {
  CatalogDamageError,
  listInstances,
  readInstances,
  readPatients,
  readSeries,
  readStudies,
  sealInstance,
  sealPatient,
  sealSeries,
  sealStudy,
  writeCatalogRows,
} from '../../../src/storage/catalogRepository';
import { vaultDatabase } from '../../../src/storage/db';
import { OriginalMismatchError, readOriginal, storeOriginal } from '../../../src/storage/originalsRepository';
import { openLinkedPayload, payloadKind } from '../../../src/storage/payloads';
import { freshVault } from './resetVault';
import { partial } from './partialCatalogValue';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

function dicomInstance(patientId: string, seriesUid: string, sop: string): DicomInstance {
  return {
    patient: { id: patientId },
    study: { studyInstanceUid: `study-of-${patientId}` },
    series: { seriesInstanceUid: seriesUid },
    image: { sopInstanceUid: sop },
  } as unknown as DicomInstance;
}

async function seriesIdOf(instance: DicomInstance) {
  return opaqueId('series', groupKeys(instance).series);
}

/** Two patients, each with one study, one series and one image of their own. */
async function twoPatients() {
  const a = await storeOriginal(new Uint8Array([1, 2, 3]), SHA_A);
  const b = await storeOriginal(new Uint8Array([4, 5, 6]), SHA_B);
  const instA = dicomInstance('ANNA', 'series-a', 'sop-a');
  const instB = dicomInstance('BORIS', 'series-b', 'sop-b');
  const [seriesA, seriesB] = await Promise.all([seriesIdOf(instA), seriesIdOf(instB)]);
  await writeCatalogRows({
    patients: [
      await sealPatient('pA', partial({ name: 'ANNA' })),
      await sealPatient('pB', partial({ name: 'BORIS' })),
    ],
    studies: [
      await sealStudy('stA', 'pA', partial({ n: 'CT of Anna' })),
      await sealStudy('stB', 'pB', partial({ n: 'CT of Boris' })),
    ],
    series: [await sealSeries(seriesA, 'stA', partial({})), await sealSeries(seriesB, 'stB', partial({}))],
    instances: [
      await sealInstance('iA', seriesA, a.address, partial({ instance: instA, sha256: SHA_A })),
      await sealInstance('iB', seriesB, b.address, partial({ instance: instB, sha256: SHA_B })),
    ],
  });
  return { a: a.address, b: b.address, seriesA, seriesB };
}

describe('catalog links are sealed and checked on open', () => {
  beforeEach(() => freshVault());

  it("names an instance whose clear address was swapped for another patient's original, and does not list it", async () => {
    const { a, b, seriesB } = await twoPatients();
    await vaultDatabase().instances.update('iB', { address: a });

    const list = await readInstances(seriesB);
    expect(list.items).toEqual([]);
    expect(list.damaged).toMatchObject([
      {
        table: 'instances',
        id: 'iB',
        parentId: seriesB,
        cause: { kind: 'link', link: 'address', claimed: a, sealed: b },
      },
    ]);
    await expect(listInstances(seriesB)).rejects.toThrow(CatalogDamageError);
    await expect(listInstances(seriesB)).rejects.toThrow(
      /instances row iB claims address .* but its sealed link says/,
    );
  });

  it('names an instance moved into another series; the series it was moved to lists only its own', async () => {
    const { seriesA, seriesB } = await twoPatients();
    await vaultDatabase().instances.update('iB', { seriesId: seriesA });

    const list = await readInstances(seriesA);
    expect(list.items.map((i) => i.id)).toEqual(['iA']);
    expect(list.damaged).toMatchObject([
      { id: 'iB', cause: { kind: 'link', link: 'seriesId', claimed: seriesA, sealed: seriesB } },
    ]);
  });

  it('names a study whose patientId was swapped; it is not listed under the other patient', async () => {
    await twoPatients();
    await vaultDatabase().studies.update('stB', { patientId: 'pA' });

    const list = await readStudies('pA');
    expect(list.items.map((s) => s.id)).toEqual(['stA']);
    expect(list.damaged).toMatchObject([
      {
        table: 'studies',
        id: 'stB',
        parentId: 'pA',
        cause: { kind: 'link', link: 'patientId', claimed: 'pA', sealed: 'pB' },
      },
    ]);
  });

  it('names a series whose studyId was swapped; it is not listed under the other study', async () => {
    const { seriesB } = await twoPatients();
    await vaultDatabase().series.update(seriesB, { studyId: 'stA' });

    const list = await readSeries('stA');
    expect(list.items).toHaveLength(1);
    expect(list.damaged).toMatchObject([
      {
        table: 'series',
        id: seriesB,
        cause: { kind: 'link', link: 'studyId', claimed: 'stA', sealed: 'stB' },
      },
    ]);
  });

  it('contains one unreadable row: the others still open, the damaged one is named', async () => {
    await twoPatients();
    const row = await vaultDatabase().patients.get('pB');
    const garbled = Uint8Array.from(row!.sealed);
    garbled[garbled.length - 1]! ^= 0xff;
    await vaultDatabase().patients.put({ id: 'pB', sealed: garbled });

    const list = await readPatients();
    expect(list.items.map((p) => p.id)).toEqual(['pA']);
    expect(list.damaged).toMatchObject([{ table: 'patients', id: 'pB', cause: { kind: 'unreadable' } }]);
  });

  it("refuses to read an original whose sealed SHA-256 is not the instance's", async () => {
    const { a } = await twoPatients();
    await expect(readOriginal(a, SHA_B)).rejects.toThrow(OriginalMismatchError);
    expect([...(await readOriginal(a, SHA_A))]).toEqual([1, 2, 3]);
  });
});

describe('rows sealed before links were (payload format 1)', () => {
  beforeEach(() => freshVault());

  /** Exactly what version 1 of sealInstance / sealStudy wrote: the payload without its links. */
  const v1 = (table: string, id: string, data: unknown) => sealJson({ table, id }, { v: 1, data });

  it('open, are re-sealed with their links, and a later rewrite of a link is caught', async () => {
    const original = await storeOriginal(new Uint8Array([9]), SHA_A);
    const instance = dicomInstance('ANNA', 'series-a', 'sop-a');
    const seriesId = await seriesIdOf(instance);
    const db = vaultDatabase();
    await db.studies.put({ id: 'st', patientId: 'p', sealed: await v1('studies', 'st', { n: 1 }) });
    await db.instances.put({
      id: 'i',
      seriesId,
      address: original.address,
      sealed: await v1('instances', 'i', { instance, sha256: SHA_A }),
    });

    expect((await readStudies('p')).items.map((s) => s.value)).toEqual([{ n: 1 }]);
    expect((await readInstances(seriesId)).items.map((i) => i.id)).toEqual(['i']);

    const resealed = await openLinkedPayload(
      payloadKind('instance', 2, { 1: (d) => d }),
      { table: 'instances', id: 'i' },
      (await db.instances.get('i'))!.sealed,
      2,
    );
    expect(resealed.sealedLinks).toEqual({ seriesId, address: original.address });

    await db.studies.update('st', { patientId: 'q' });
    expect((await readStudies()).damaged).toMatchObject([
      { id: 'st', cause: { link: 'patientId', sealed: 'p' } },
    ]);
  });

  it('an old instance row whose columns were rewritten before it was re-sealed is caught by its contents', async () => {
    const original = await storeOriginal(new Uint8Array([9]), SHA_A);
    const other = await storeOriginal(new Uint8Array([8]), SHA_B);
    const instance = dicomInstance('ANNA', 'series-a', 'sop-a');
    const seriesId = await seriesIdOf(instance);
    await vaultDatabase().instances.put({
      id: 'i',
      seriesId,
      address: other.address,
      sealed: await v1('instances', 'i', { instance, sha256: SHA_A }),
    });

    const list = await readInstances(seriesId);
    expect(list.items).toEqual([]);
    expect(list.damaged).toMatchObject([
      { id: 'i', cause: { link: 'address', claimed: other.address, sealed: await contentAddress(SHA_A) } },
    ]);
    expect(original.address).toBe(await contentAddress(SHA_A));
    // Not re-sealed as if it were true.
    const stored = (await vaultDatabase().instances.get('i'))!;
    expect(stored.address).toBe(other.address);
  });
});

describe('rows restored from a backup', () => {
  beforeEach(() => freshVault());

  it('go through the same link checks: a descriptor whose parent id was rewritten is named, not listed', async () => {
    await twoPatients();
    const keys = await snapshotKeys();
    const records: BackupRecord[] = [];
    for (const [table, list] of keys) records.push(...(await readRecords(table, list)));
    const tampered = records.map((r) =>
      r.descriptor.table === 'studies' && r.descriptor.row['id'] === 'stB'
        ? { ...r, descriptor: { ...r.descriptor, row: { ...r.descriptor.row, patientId: 'pA' } } }
        : r,
    );
    // The catalog emptied, as in a restore into this vault; the tampered rows go in by the restore path.
    const db = vaultDatabase();
    await Promise.all([db.patients, db.studies, db.series, db.instances].map((t) => t.clear()));
    await writeRestoredRecords(tampered, { mode: 'merge', vaultId: unlockedVaultId() ?? '' });

    const list = await readStudies('pA');
    expect(list.items.map((s) => s.id)).toEqual(['stA']);
    expect(list.damaged).toMatchObject([
      { id: 'stB', cause: { link: 'patientId', claimed: 'pA', sealed: 'pB' } },
    ]);
  });
});
