import { beforeEach, describe, expect, it } from 'vitest';
import { opaqueId } from '../../../src/crypto/keyring';
import { vaultDatabase } from '../../../src/storage/db';
import { payloadKind, sealPayload } from '../../../src/storage/payloads';
import {
  deleteRecord,
  getRecord,
  putRecord,
  readRecordsOfKinds,
} from '../../../src/storage/recordsRepository';
import { freshVault } from './resetVault';

const doc = (kind: string, id: string, value: unknown, version = 1) => ({ kind, id, version, value });

describe('records repository', () => {
  beforeEach(() => freshVault());

  it('stores sealed documents by kind and id, reads, replaces and deletes them', async () => {
    await putRecord(
      doc('specialist', 's1', { name: 'Dr. Ana Souza', country: 'BR' }),
      new Date('2026-01-02T03:04:05Z'),
    );
    await putRecord(doc('specialist', 's2', { name: 'Dr. Kenji Ito', country: 'JP' }));
    await putRecord(doc('allergy', 'a1', { substance: 'Penicillin' }, 3));
    const opened = await getRecord('specialist', 's1');
    expect(opened?.document).toEqual({
      kind: 'specialist',
      id: 's1',
      version: 1,
      value: { name: 'Dr. Ana Souza', country: 'BR' },
      updatedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(opened?.rowId).toMatch(/^[0-9a-f]{64}$/);
    expect((await getRecord('allergy', 'a1'))?.document.version).toBe(3);
    await putRecord(doc('specialist', 's1', { name: 'Dr. Ana Souza', country: 'PT' }));
    expect((await getRecord('specialist', 's1'))?.document.value).toEqual({
      name: 'Dr. Ana Souza',
      country: 'PT',
    });
    await deleteRecord('specialist', 's1');
    expect(await getRecord('specialist', 's1')).toBeNull();
    // Neither kind nor id is in clear in the row key.
    const keys = (await vaultDatabase().records.toCollection().primaryKeys()) as string[];
    expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k))).toBe(true);
  });

  it('reads several kinds in one pass, each kind only its own documents', async () => {
    await putRecord(doc('allergy', 'a1', { substance: 'Penicillin' }));
    await putRecord(doc('allergy', 'a2', { substance: 'Latex' }));
    await putRecord(doc('medication', 'm1', { name: 'Metoprolol' }));
    await putRecord(doc('share', 'p1', { packageId: 'p1' }));
    const { byKind } = await readRecordsOfKinds(['allergy', 'medication', 'problem']);
    expect([...byKind.keys()]).toEqual(['allergy', 'medication', 'problem']);
    expect(
      byKind
        .get('allergy')
        ?.map((r) => r.document.id)
        .sort(),
    ).toEqual(['a1', 'a2']);
    expect(byKind.get('medication')?.map((r) => r.document.id)).toEqual(['m1']);
    expect(byKind.get('problem')).toEqual([]);
  });

  it('opens a record of format 1 (one shape for every kind) as version 1 of its kind', async () => {
    // Format 1 as written before kinds had their own version: no `version` in the document.
    const rowId = await opaqueId('record', 'allergy\u0000old');
    const sealed = await sealPayload(
      payloadKind('record', 1),
      { table: 'records', id: rowId },
      { kind: 'allergy', id: 'old', value: { substance: 'Latex' }, updatedAt: '2025-05-06T07:08:09.000Z' },
    );
    await vaultDatabase().records.put({ id: rowId, sealed });
    expect(await getRecord('allergy', 'old')).toEqual({
      rowId,
      document: {
        kind: 'allergy',
        id: 'old',
        version: 1,
        value: { substance: 'Latex' },
        updatedAt: '2025-05-06T07:08:09.000Z',
      },
    });
    expect((await readRecordsOfKinds(['allergy'])).byKind.get('allergy')).toHaveLength(1);
  });
});
