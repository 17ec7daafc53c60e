import { beforeEach, describe, expect, it } from 'vitest';
import { vaultDatabase } from '../../../src/storage/db';
import {
  deleteRecord,
  getRecord,
  listRecords,
  listRecordsOfKinds,
  putRecord,
} from '../../../src/storage/recordsRepository';
import { freshVault } from './resetVault';

describe('records repository', () => {
  beforeEach(() => freshVault());

  it('stores sealed documents by kind and id, lists, replaces and deletes them', async () => {
    await putRecord(
      'specialist',
      's1',
      { name: 'Dr. Ana Souza', country: 'BR' },
      new Date('2026-01-02T03:04:05Z'),
    );
    await putRecord('specialist', 's2', { name: 'Dr. Kenji Ito', country: 'JP' });
    await putRecord('allergy', 'a1', { substance: 'Penicillin' });
    expect((await listRecords<{ name: string }>('specialist')).map((d) => d.value.name).sort()).toEqual([
      'Dr. Ana Souza',
      'Dr. Kenji Ito',
    ]);
    expect(await getRecord('specialist', 's1')).toEqual({
      kind: 'specialist',
      id: 's1',
      value: { name: 'Dr. Ana Souza', country: 'BR' },
      updatedAt: '2026-01-02T03:04:05.000Z',
    });
    await putRecord('specialist', 's1', { name: 'Dr. Ana Souza', country: 'PT' });
    expect((await getRecord<{ country: string }>('specialist', 's1'))?.value.country).toBe('PT');
    await deleteRecord('specialist', 's1');
    expect(await getRecord('specialist', 's1')).toBeNull();
    expect(await listRecords('allergy')).toHaveLength(1);
    // Neither kind nor id is in clear in the row key.
    const keys = (await vaultDatabase().records.toCollection().primaryKeys()) as string[];
    expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k))).toBe(true);
  });

  it('lists several kinds in one pass, each kind only its own documents', async () => {
    await putRecord('allergy', 'a1', { substance: 'Penicillin' });
    await putRecord('allergy', 'a2', { substance: 'Latex' });
    await putRecord('medication', 'm1', { name: 'Metoprolol' });
    await putRecord('share', 'p1', { packageId: 'p1' });
    const lists = await listRecordsOfKinds(['allergy', 'medication', 'problem']);
    expect([...lists.keys()]).toEqual(['allergy', 'medication', 'problem']);
    expect(
      lists
        .get('allergy')
        ?.map((d) => d.id)
        .sort(),
    ).toEqual(['a1', 'a2']);
    expect(lists.get('medication')?.map((d) => d.id)).toEqual(['m1']);
    expect(lists.get('problem')).toEqual([]);
  });
});
