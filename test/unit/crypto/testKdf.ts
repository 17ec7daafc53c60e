import { deriveKeyFromPassphrase } from '../../../src/crypto/argon2id';
import { KDF_FLOOR, type KdfParams } from '../../../src/crypto/kdfParams';
import type { PassphraseKdf } from '../../../src/crypto/vaultKeys';

/** The cheapest KDF the vault accepts: keeps unit tests quick while exercising the real Argon2id. */
export const FLOOR_KDF = { ...KDF_FLOOR };

export const kdf: PassphraseKdf = (passphrase: string, params: KdfParams) =>
  deriveKeyFromPassphrase(passphrase, params);
