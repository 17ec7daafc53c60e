import { beforeEach, describe, expect, it } from 'vitest';
import {
  KeySettingsChangedError,
  WeakKdfParametersError,
  WrongSecretError,
} from '../../../src/crypto/errors';
import { KDF_FLOOR, validateKdfParams } from '../../../src/crypto/kdfParams';
import { isUnlocked, lockKeyring, openJson, sealJson } from '../../../src/crypto/keyring';
import { normalizeRecoveryKey, recoveryKeyGroups, recoveryKeyProblem } from '../../../src/crypto/recoveryKey';
import {
  changePassphrase,
  createVaultKeys,
  KEY_MATERIAL_VERSION,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  type VaultKeyMaterial,
} from '../../../src/crypto/vaultKeys';
import { fromBytesJson } from '../../../src/domain/backup/bytesJson';
import { restoreKeyMaterial } from '../../../src/storage/vaultMetaRepository';
import v1Fixture from './fixtures/keyMaterialV1.json';
import { FLOOR_KDF, kdf } from './testKdf';

/** Key material written by the release before the KDF binding (version 1), with a record it sealed. */
const v1 = fromBytesJson(v1Fixture) as {
  passphrase: string;
  recoveryKey: string;
  material: unknown;
  sealed: Uint8Array;
};

const identity = { table: 'settings', id: 'probe' };

describe('vault keys', () => {
  beforeEach(() => lockKeyring());

  it('creates a vault, unlocks with the passphrase and with the recovery key, to the same data key', async () => {
    const { material, recoveryKey } = await createVaultKeys('correct horse battery staple', kdf, FLOOR_KDF);
    expect(isUnlocked()).toBe(true);
    const sealed = await sealJson(identity, { name: 'DOE^JOHN' });
    lockKeyring();
    expect(isUnlocked()).toBe(false);
    await expect(openJson(identity, sealed)).rejects.toThrow(/locked/);

    await unlockWithPassphrase(material, 'correct horse battery staple', kdf);
    expect(await openJson(identity, sealed)).toEqual({ name: 'DOE^JOHN' });
    lockKeyring();

    await unlockWithRecoveryKey(material, recoveryKey.toLowerCase().replaceAll('-', ' '));
    expect(await openJson(identity, sealed)).toEqual({ name: 'DOE^JOHN' });
  });

  it('says clearly when the passphrase or recovery key is wrong', async () => {
    const { material, recoveryKey } = await createVaultKeys('correct horse battery staple', kdf, FLOOR_KDF);
    lockKeyring();
    await expect(unlockWithPassphrase(material, 'correct horse battery stapler', kdf)).rejects.toThrow(
      WrongSecretError,
    );
    await expect(unlockWithPassphrase(material, 'x', kdf)).rejects.toThrow(/does not open this vault/);
    const wrong = recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    await expect(unlockWithRecoveryKey(material, wrong)).rejects.toThrow(/recovery key does not open/);
    await expect(unlockWithRecoveryKey(material, 'too-short')).rejects.toThrow(WrongSecretError);
    expect(isUnlocked()).toBe(false);
  });

  it('changes the passphrase by re-wrapping only; old records still open', async () => {
    const { material } = await createVaultKeys('first passphrase here', kdf, FLOOR_KDF);
    const sealed = await sealJson(identity, 42);
    const changed = await changePassphrase(material, 'first passphrase here', 'second passphrase now', kdf);
    expect(changed.canary).toBe(material.canary);
    expect(changed.recoveryWrap).toBe(material.recoveryWrap);
    lockKeyring();
    await expect(unlockWithPassphrase(changed, 'first passphrase here', kdf)).rejects.toThrow(
      WrongSecretError,
    );
    await unlockWithPassphrase(changed, 'second passphrase now', kdf);
    expect(await openJson(identity, sealed)).toBe(42);
    await expect(changePassphrase(changed, 'wrong', 'x', kdf)).rejects.toThrow(WrongSecretError);
  }, 30_000);

  it('refuses KDF parameters below the floor (a downgrade attack) before deriving anything', async () => {
    const { material } = await createVaultKeys('a passphrase', kdf, FLOOR_KDF);
    lockKeyring();
    const weaker = [
      { ...material.kdf, memoryKiB: KDF_FLOOR.memoryKiB - 1 },
      { ...material.kdf, iterations: 1 },
      { ...material.kdf, parallelism: 0 },
      { ...material.kdf, salt: new Uint8Array(4) },
      { ...material.kdf, algorithm: 'pbkdf2' as never },
    ];
    for (const kdfParams of weaker) {
      await expect(
        unlockWithPassphrase({ ...material, kdf: kdfParams }, 'a passphrase', kdf),
      ).rejects.toThrow(WeakKdfParametersError);
    }
    expect(() => validateKdfParams({ ...material.kdf, memoryKiB: 4096 })).toThrow(
      /memory \(KiB\) 4096 is below the minimum 19456/,
    );
  });
});

describe('KDF parameters bound to the key wrap', () => {
  beforeEach(() => lockKeyring());

  it('names parameters changed in storage as changed key settings, never as a wrong passphrase', async () => {
    const { material } = await createVaultKeys('a passphrase', kdf, FLOOR_KDF);
    lockKeyring();
    expect(material.version).toBe(KEY_MATERIAL_VERSION);
    // Each change stays above the floor, so only the binding can tell it from a mistyped passphrase.
    const changed: VaultKeyMaterial['kdf'][] = [
      { ...material.kdf, iterations: material.kdf.iterations + 1 },
      { ...material.kdf, memoryKiB: material.kdf.memoryKiB + 1024 },
      { ...material.kdf, salt: new Uint8Array(16).fill(7) },
    ];
    for (const kdfParams of changed) {
      const edited = { ...material, kdf: kdfParams };
      await expect(unlockWithPassphrase(edited, 'a passphrase', kdf)).rejects.toThrow(
        KeySettingsChangedError,
      );
      await expect(changePassphrase(edited, 'a passphrase', 'next', kdf)).rejects.toThrow(
        KeySettingsChangedError,
      );
    }
    const { kdfCheck: _dropped, ...withoutCheck } = material;
    await expect(unlockWithPassphrase(withoutCheck, 'a passphrase', kdf)).rejects.toThrow(
      /key settings were changed/,
    );
    const mistyped = { ...material, kdfCheck: 'not bytes' as unknown as Uint8Array };
    await expect(unlockWithPassphrase(mistyped, 'a passphrase', kdf)).rejects.toThrow(
      KeySettingsChangedError,
    );
    // The untouched material still opens, and a wrong passphrase is still called one.
    await expect(unlockWithPassphrase(material, 'another', kdf)).rejects.toThrow(WrongSecretError);
    expect(await unlockWithPassphrase(material, 'a passphrase', kdf)).toBeNull();
    expect(isUnlocked()).toBe(true);
  });

  it('unlocks version-1 key material and upgrades it to the bound wrap, records intact', async () => {
    const material = restoreKeyMaterial(v1.material);
    expect(material.version).toBe(1);
    await expect(unlockWithPassphrase(material, 'wrong', kdf)).rejects.toThrow(WrongSecretError);
    const upgraded = await unlockWithPassphrase(material, v1.passphrase, kdf);
    expect(await openJson(identity, v1.sealed)).toEqual({ written: 'by key material version 1' });
    expect(upgraded).toMatchObject({ version: KEY_MATERIAL_VERSION, vaultId: material.vaultId });
    expect(upgraded!.recoveryWrap).toBe(material.recoveryWrap);
    lockKeyring();

    const stored = restoreKeyMaterial(upgraded);
    expect(await unlockWithPassphrase(stored, v1.passphrase, kdf)).toBeNull();
    expect(await openJson(identity, v1.sealed)).toEqual({ written: 'by key material version 1' });
    lockKeyring();
    await unlockWithRecoveryKey(stored, v1.recoveryKey);
    lockKeyring();
    await expect(
      unlockWithPassphrase({ ...stored, kdf: { ...stored.kdf, iterations: 3 } }, v1.passphrase, kdf),
    ).rejects.toThrow(KeySettingsChangedError);
    // The version-1 wrap does not open as version 2: the binding cannot be stripped by relabelling.
    await expect(
      unlockWithPassphrase({ ...material, version: 2, kdfCheck: upgraded!.kdfCheck! }, v1.passphrase, kdf),
    ).rejects.toThrow(WrongSecretError);
  }, 30_000);
});

describe('recovery key', () => {
  it('is 160 bits in 8 groups of 4 unambiguous characters and forgives look-alikes', async () => {
    const { recoveryKey } = await createVaultKeys('p', kdf, FLOOR_KDF);
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(recoveryKeyGroups(recoveryKey)).toHaveLength(8);
    expect(normalizeRecoveryKey('abil-o0')).toBe('AB1100');
    expect(recoveryKeyProblem('ABCD')).toMatch(/32 characters; this has 4/);
    expect(recoveryKeyProblem('UUUU')).toMatch(/characters a recovery key never has: U/);
    lockKeyring();
  });
});
