import { argon2id } from 'hash-wasm';
import { validateKdfParams, type KdfParams } from './kdfParams';

/**
 * Derives the key-encryption key from a passphrase. Runs in the KDF worker (workers/kdf.worker.ts) so the
 * second of memory-hard work never freezes the page. The raw output is imported at once as a
 * non-extractable AES-GCM key and the bytes are wiped; the CryptoKey can be posted back to the page.
 */
export async function deriveKeyFromPassphrase(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  validateKdfParams(params);
  const raw = await argon2id({
    password: passphrase.normalize('NFC'),
    salt: params.salt,
    iterations: params.iterations,
    memorySize: params.memoryKiB,
    parallelism: params.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  try {
    return await crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, 'AES-GCM', false, [
      'encrypt',
      'decrypt',
    ]);
  } finally {
    raw.fill(0);
  }
}
