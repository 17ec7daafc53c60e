import { beforeEach, describe, expect, it } from 'vitest';
import { vaultDatabase } from '../../../src/storage/db';
import { recordFailedUnlock, takeFailedUnlocks } from '../../../src/storage/vaultMetaRepository';
import { freshVault } from './resetVault';

const LOG = 'failedUnlocks';

describe('failed-unlock records', () => {
  beforeEach(async () => {
    await freshVault();
    // As at the vault's creation: the log is anchored under the key.
    await takeFailedUnlocks();
  });

  it('hands over the failures since the last unlock, once', async () => {
    await recordFailedUnlock('2026-03-01T10:00:00.000Z');
    await recordFailedUnlock('2026-03-01T10:00:05.000Z');
    expect(await takeFailedUnlocks()).toEqual({
      times: ['2026-03-01T10:00:00.000Z', '2026-03-01T10:00:05.000Z'],
      tampered: null,
    });
    expect(await takeFailedUnlocks()).toEqual({ times: [], tampered: null });
  });

  it('detects the log erased between two unlocks', async () => {
    await recordFailedUnlock('2026-03-01T10:00:00.000Z');
    await vaultDatabase().meta.delete(LOG);
    expect(await takeFailedUnlocks()).toEqual({
      times: [],
      tampered: 'the record of failed unlocks was erased',
    });
    // The next period starts clean.
    expect((await takeFailedUnlocks()).tampered).toBeNull();
  });

  it('detects the log erased and then started again by a later failure', async () => {
    await recordFailedUnlock('2026-03-01T10:00:00.000Z');
    await vaultDatabase().meta.delete(LOG);
    await recordFailedUnlock('2026-03-01T11:00:00.000Z');
    const taken = await takeFailedUnlocks();
    expect(taken.times).toEqual(['2026-03-01T11:00:00.000Z']);
    expect(taken.tampered).toMatch(/erased and started again/);
  });

  it('detects an older log put back in place of the current one', async () => {
    const older = await vaultDatabase().meta.get(LOG);
    await takeFailedUnlocks();
    await recordFailedUnlock('2026-03-01T10:00:00.000Z');
    await vaultDatabase().meta.put(older!);
    expect((await takeFailedUnlocks()).tampered).toMatch(/replaced by another/);
  });

  it('reads the log of a vault made before checkpoints without calling it tampered', async () => {
    const db = vaultDatabase();
    await db.meta.delete('failedUnlockCheckpoint');
    await db.meta.put({ key: LOG, value: ['2026-01-01T00:00:00.000Z'] });
    expect(await takeFailedUnlocks()).toEqual({ times: ['2026-01-01T00:00:00.000Z'], tampered: null });
  });
});
