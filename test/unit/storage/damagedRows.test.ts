import { beforeEach, describe, expect, it } from 'vitest';
import { vaultDatabase } from '../../../src/storage/db';
import { putRecord, readRecordsOfKinds } from '../../../src/storage/recordsRepository';
import { putSetting, readSetting } from '../../../src/storage/settingsRepository';
import { freshVault } from './resetVault';

function garble(sealed: Uint8Array): Uint8Array {
  const out = Uint8Array.from(sealed);
  out[out.length - 1]! ^= 0xff;
  return out;
}

describe('one damaged record or setting row never hides the others', () => {
  beforeEach(() => freshVault());

  it('lists the records that open and names the one that does not', async () => {
    await putRecord({ kind: 'allergy', id: 'a', version: 1, value: { substance: 'penicillin' } });
    await putRecord({ kind: 'allergy', id: 'b', version: 1, value: { substance: 'latex' } });
    const db = vaultDatabase();
    const [first] = await db.records.toArray();
    await db.records.put({ id: first!.id, sealed: garble(first!.sealed) });

    const read = await readRecordsOfKinds(['allergy']);
    expect(read.byKind.get('allergy')).toHaveLength(1);
    expect(read.damaged).toEqual([{ id: first!.id, detail: expect.stringMatching(/authentication failed/) }]);
  });

  it('a damaged setting reads as its fallback, with the damage said', async () => {
    await putSetting('autoLockMinutes', 30);
    const row = await vaultDatabase().settings.get('autoLockMinutes');
    await vaultDatabase().settings.put({ key: 'autoLockMinutes', sealed: garble(row!.sealed) });

    expect(await readSetting('autoLockMinutes', 10)).toEqual({
      value: 10,
      damaged: expect.stringMatching(/authentication failed/),
    });
  });
});
