import { toHex } from '../bytes/hex';
import {
  createHasher,
  uniqueAlgorithms,
  WEBCRYPTO_NAME,
  type Digests,
  type HashAlgorithm,
} from './algorithms';

/**
 * Hex digests of bytes already in memory, every algorithm over the same buffer. WebCrypto's one-shot
 * digest is the fastest where it offers the algorithm (../shared/STACK.md: SHA-256 at 376 MiB/s against
 * 110 streaming in hash-wasm); hash-wasm covers MD5 and SHA-224. The WebCrypto digests run concurrently.
 */
export async function digestBytes(bytes: Uint8Array, algorithms: readonly HashAlgorithm[]): Promise<Digests> {
  const entries = await Promise.all(
    uniqueAlgorithms(algorithms).map(async (algorithm): Promise<[HashAlgorithm, string]> => {
      const name = WEBCRYPTO_NAME[algorithm];
      if (name) {
        const digest = await crypto.subtle.digest(name, bytes as Uint8Array<ArrayBuffer>);
        return [algorithm, toHex(new Uint8Array(digest))];
      }
      const hasher = await createHasher(algorithm);
      hasher.update(bytes);
      return [algorithm, hasher.digest('hex')];
    }),
  );
  return Object.fromEntries(entries) as Digests;
}
