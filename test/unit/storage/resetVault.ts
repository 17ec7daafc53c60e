import Dexie from 'dexie';
import { lockKeyring } from '../../../src/crypto/keyring';
import { createVaultKeys } from '../../../src/crypto/vaultKeys';
import { closeVaultDatabase } from '../../../src/storage/db';
import { DATABASE_NAME } from '../../../src/storage/schema';
import { saveKeyMaterial } from '../../../src/storage/vaultMetaRepository';
import { FLOOR_KDF, kdf } from '../crypto/testKdf';

/** A fresh, unlocked vault in fake-indexeddb for each test. */
export async function freshVault(passphrase = 'test passphrase for the vault') {
  lockKeyring();
  closeVaultDatabase();
  await Dexie.delete(DATABASE_NAME);
  const created = await createVaultKeys(passphrase, kdf, FLOOR_KDF);
  await saveKeyMaterial(created.material);
  return created;
}
