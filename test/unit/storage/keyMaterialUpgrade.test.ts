import { beforeEach, describe, expect, it } from 'vitest';
import { unlockWithPassphrase } from '../../../src/crypto/vaultKeys';
import { fromBytesJson } from '../../../src/domain/backup/bytesJson';
import {
  loadKeyMaterial,
  restoreKeyMaterial,
  saveKeyMaterial,
  saveUpgradedKeyMaterial,
} from '../../../src/storage/vaultMetaRepository';
import v1Fixture from '../crypto/fixtures/keyMaterialV1.json';
import { kdf } from '../crypto/testKdf';
import { freshVault } from './resetVault';

const v1 = fromBytesJson(v1Fixture) as { passphrase: string; material: unknown };

describe('key material upgraded at unlock', () => {
  beforeEach(() => freshVault());

  it('is stored over the version-1 material it came from, and opens from storage', async () => {
    const material = restoreKeyMaterial(v1.material);
    await saveKeyMaterial(material);
    const upgraded = await unlockWithPassphrase(material, v1.passphrase, kdf);
    expect(await saveUpgradedKeyMaterial(material, upgraded!)).toBe(true);
    const stored = await loadKeyMaterial();
    expect(stored?.version).toBe(2);
    expect(await unlockWithPassphrase(stored!, v1.passphrase, kdf)).toBeNull();
  }, 30_000);

  it('never overwrites material another tab changed meanwhile', async () => {
    const material = restoreKeyMaterial(v1.material);
    await saveKeyMaterial(material);
    const upgraded = await unlockWithPassphrase(material, v1.passphrase, kdf);
    // Another tab changed the passphrase: its material is not the one the upgrade was made from.
    const changedElsewhere = {
      ...material,
      passphraseWrap: { ...material.passphraseWrap, ciphertext: new Uint8Array(48).fill(5) },
    };
    await saveKeyMaterial(changedElsewhere);
    expect(await saveUpgradedKeyMaterial(material, upgraded!)).toBe(false);
    expect((await loadKeyMaterial())?.passphraseWrap.ciphertext).toEqual(new Uint8Array(48).fill(5));
  }, 30_000);
});
