import { unlockedVaultId } from '../../../../src/crypto/keyring';
import { beforeEach, describe, expect, it } from 'vitest';
import { backupAuthenticator } from '../../../../src/crypto/keyring';
import { recordMacMessage, type BackupRecord } from '../../../../src/domain/backup';
import { authenticateRestored } from '../../../../src/features/backup/authenticateRestored';
import { writeRestoredRecords } from '../../../../src/storage/backupRepository';
import { vaultDatabase } from '../../../../src/storage/db';
import { freshVault } from '../../storage/resetVault';

const instance = (id: string, seriesId: string): BackupRecord => ({
  descriptor: { table: 'instances', row: { id, seriesId, address: 'a'.repeat(64) } },
  sealed: new Uint8Array([1, 2, 3, id.length]),
});

describe('authenticating a fresh restore after the unlock', () => {
  beforeEach(() => freshVault());

  it('removes and names a restored row whose parent id was swapped in the backup; keeps the others', async () => {
    const authenticator = backupAuthenticator();
    const genuine = instance('i1', 's1');
    const other = instance('i2', 's1');
    const mac = (r: BackupRecord) => recordMacMessage(r.descriptor, r.sealed).then(authenticator.mac);
    const [genuineMac, otherMac] = [await mac(genuine), await mac(other)];
    // The backup said i1 belongs to another series; its code was made for the real one.
    const swapped = instance('i1', 's2');
    // Written as a restore into this vault would write them; the check after unlocking is the same.
    await writeRestoredRecords([swapped, other], { mode: 'merge', vaultId: unlockedVaultId() ?? '' });
    const problems = await authenticateRestored([
      {
        key: 'instances/i1',
        message: await recordMacMessage(swapped.descriptor, swapped.sealed),
        mac: genuineMac,
      },
      { key: 'instances/i2', message: await recordMacMessage(other.descriptor, other.sealed), mac: otherMac },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ key: 'instances/i1', reason: expect.stringMatching(/altered.*removed/) }),
    ]);
    expect(await vaultDatabase().instances.get('i1')).toBeUndefined();
    expect(await vaultDatabase().instances.get('i2')).toMatchObject({ seriesId: 's1' });
  });
});
