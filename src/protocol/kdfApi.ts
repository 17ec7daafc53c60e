import type { KdfParams } from '../crypto/kdfParams';

/**
 * The KDF worker: Argon2id off the main thread. It answers with a non-extractable CryptoKey, which
 * structured cloning carries back without ever exposing its bytes.
 */
export type KdfApi = {
  deriveKey: {
    params: { readonly passphrase: string; readonly kdf: KdfParams };
    result: CryptoKey;
  };
};
