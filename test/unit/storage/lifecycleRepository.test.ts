import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { lockKeyring } from '../../../src/crypto/keyring';
import { changePassphrase, createVaultKeys, type VaultKeyMaterial } from '../../../src/crypto/vaultKeys';
import type { BackupRecord } from '../../../src/domain/backup';
import { writeRestoredRecords } from '../../../src/storage/backupRepository';
import { closeVaultDatabase, vaultDatabase } from '../../../src/storage/db';
import {
  beginFreshRestore,
  discardUnfinishedRestore,
  finishFreshRestore,
  LifecycleConflictError,
  readLifecycleState,
  replaceKeyMaterial,
  storeNewVault,
} from '../../../src/storage/lifecycleRepository';
import { DATABASE_NAME } from '../../../src/storage/schema';
import { loadKeyMaterial } from '../../../src/storage/vaultMetaRepository';
import { FLOOR_KDF, kdf } from '../crypto/testKdf';
import { restoreMarker } from './restoreMarker';

async function emptyProfile() {
  lockKeyring();
  closeVaultDatabase();
  await Dexie.delete(DATABASE_NAME);
}

const newMaterial = async (passphrase = 'one two three four five') =>
  (await createVaultKeys(passphrase, kdf, FLOOR_KDF)).material;

const conflict = (name: string) =>
  expect.objectContaining({ name: 'LifecycleConflictError', conflict: name }) as unknown as Error;

/** A row a backup of `n` carries (sealed bytes are opaque here: only the guards are under test). */
const chunk = (n: number): BackupRecord => ({
  descriptor: { table: 'chunks', row: { address: `a${n}`, index: 0 } },
  sealed: new Uint8Array([n]),
});

describe('life-cycle writes check, in their own transaction, the state they expect', () => {
  beforeEach(emptyProfile);

  it('a second create fails with a named reason and leaves the first vault as it was', async () => {
    const first = await newMaterial();
    const second = await newMaterial('a different passphrase entirely');
    await storeNewVault(first);
    await expect(storeNewVault(second)).rejects.toEqual(conflict('vault-exists'));
    expect((await loadKeyMaterial())?.vaultId).toBe(first.vaultId);
  });

  it('two creates racing: exactly one is stored, the other is refused', async () => {
    const [a, b] = [await newMaterial(), await newMaterial('another passphrase for b')];
    const results = await Promise.allSettled([storeNewVault(a), storeNewVault(b)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected');
    expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(LifecycleConflictError);
    const stored = await loadKeyMaterial();
    expect(results[0]?.status === 'fulfilled' ? a.vaultId : b.vaultId).toBe(stored?.vaultId);
  });

  it('create starts from verified-empty tables: leftovers no key opens are cleared', async () => {
    await vaultDatabase().chunks.put({ address: 'x', index: 0, sealed: new Uint8Array([1]) });
    await vaultDatabase().meta.put({ key: 'failedUnlocks', value: ['2026-01-01'] });
    expect(await storeNewVault(await newMaterial())).toEqual({ clearedLeftovers: 2 });
    expect(await vaultDatabase().chunks.count()).toBe(0);
  });

  it('create is refused while a restore is unfinished', async () => {
    await beginFreshRestore(restoreMarker(await newMaterial()));
    await expect(storeNewVault(await newMaterial('yet another passphrase'))).rejects.toEqual(
      conflict('restore-pending'),
    );
    expect((await readLifecycleState()).marker).not.toBeNull();
  });

  it('"back to a new vault" on a stale screen cannot clear a vault made meanwhile', async () => {
    const material = await newMaterial();
    await storeNewVault(material);
    await vaultDatabase().chunks.put({ address: 'x', index: 0, sealed: new Uint8Array([1]) });
    await expect(discardUnfinishedRestore()).rejects.toEqual(conflict('vault-exists'));
    expect(await vaultDatabase().chunks.count()).toBe(1);
    expect((await loadKeyMaterial())?.vaultId).toBe(material.vaultId);
  });

  it('a fresh restore is refused once a vault exists, and cannot clear it', async () => {
    const mine = await newMaterial();
    await storeNewVault(mine);
    await vaultDatabase().chunks.put({ address: 'x', index: 0, sealed: new Uint8Array([1]) });
    await expect(beginFreshRestore(restoreMarker(await newMaterial('theirs theirs theirs')))).rejects.toEqual(
      conflict('vault-exists'),
    );
    expect(await vaultDatabase().chunks.count()).toBe(1);
  });

  it('restore batches stop when the restore was discarded or a vault was created meanwhile', async () => {
    const material = await newMaterial();
    await beginFreshRestore(restoreMarker(material));
    await writeRestoredRecords([chunk(1)], { mode: 'fresh', material });
    await discardUnfinishedRestore();
    await expect(writeRestoredRecords([chunk(2)], { mode: 'fresh', material })).rejects.toEqual(
      conflict('no-vault'),
    );
    expect(await vaultDatabase().chunks.count()).toBe(0);

    await beginFreshRestore(restoreMarker(material));
    await discardUnfinishedRestore();
    await storeNewVault(await newMaterial('made in another tab'));
    await expect(writeRestoredRecords([chunk(3)], { mode: 'fresh', material })).rejects.toEqual(
      conflict('vault-exists'),
    );
    await expect(finishFreshRestore(material)).rejects.toEqual(conflict('vault-exists'));
  });

  it('an interrupted restore resumes with the same backup only, keeping what was written', async () => {
    const material = await newMaterial();
    await beginFreshRestore(restoreMarker(material));
    await writeRestoredRecords([chunk(1)], { mode: 'fresh', material });
    // The tab was killed here: the marker remains, the key material was never written.
    expect(await readLifecycleState()).toMatchObject({ hasVault: false, markerDamaged: false });
    await expect(beginFreshRestore(restoreMarker(material, '2027-01-01T00:00:00.000Z'))).rejects.toEqual(
      conflict('other-backup'),
    );
    await expect(beginFreshRestore(restoreMarker(await newMaterial('other vault')))).rejects.toEqual(
      conflict('other-backup'),
    );
    expect(await beginFreshRestore(restoreMarker(material))).toBe('resumed');
    await writeRestoredRecords([chunk(2)], { mode: 'fresh', material });
    await finishFreshRestore(material);
    expect(await vaultDatabase().chunks.count()).toBe(2);
    expect(await readLifecycleState()).toEqual({ hasVault: true, marker: null, markerDamaged: false });
  });

  it('finishing stores only the key material the marker names', async () => {
    const material = await newMaterial();
    await beginFreshRestore(restoreMarker(material));
    await expect(finishFreshRestore(await newMaterial('swapped in'))).rejects.toEqual(
      conflict('other-vault'),
    );
    expect(await loadKeyMaterial()).toBeNull();
  });

  it('a damaged marker still blocks create and can be discarded', async () => {
    await vaultDatabase().meta.put({ key: 'restore-in-progress', value: { version: 1 } });
    expect(await readLifecycleState()).toEqual({ hasVault: false, marker: null, markerDamaged: true });
    await expect(storeNewVault(await newMaterial())).rejects.toEqual(conflict('restore-pending'));
    expect(await discardUnfinishedRestore()).toBe(1);
    expect(await readLifecycleState()).toEqual({ hasVault: false, marker: null, markerDamaged: false });
  });

  it('a merge batch is refused when the vault here is not the one it was started for', async () => {
    await storeNewVault(await newMaterial());
    await expect(writeRestoredRecords([chunk(1)], { mode: 'merge', vaultId: 'another' })).rejects.toEqual(
      conflict('other-vault'),
    );
    expect(await vaultDatabase().chunks.count()).toBe(0);
  });

  it('a passphrase change from a stale read does not overwrite a change made meanwhile', async () => {
    const created = await createVaultKeys('first passphrase words', kdf, FLOOR_KDF);
    await storeNewVault(created.material);
    const read: VaultKeyMaterial = created.material;
    const inOtherTab = await changePassphrase(read, 'first passphrase words', 'second passphrase words', kdf);
    await replaceKeyMaterial(read, inOtherTab);
    const stale = await changePassphrase(read, 'first passphrase words', 'third passphrase words', kdf);
    await expect(replaceKeyMaterial(read, stale)).rejects.toEqual(conflict('keys-changed'));
    const stored = await loadKeyMaterial();
    expect(stored?.passphraseWrap.ciphertext).toEqual(inOtherTab.passphraseWrap.ciphertext);
  });
});
