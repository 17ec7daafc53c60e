import { createMD5, createSHA256 } from 'hash-wasm';
import { toHex } from '../bytes/hex';

export type HashAlgorithm = 'sha256' | 'md5';
export type Digests = Partial<Record<HashAlgorithm, string>>;

export interface DigestOptions {
  readonly signal?: AbortSignal;
  /** Called with the bytes hashed so far, after each chunk. */
  readonly onProgress?: (bytesDone: number) => void;
}

/**
 * Files up to this size are read whole and hashed one-shot with WebCrypto, the fastest SHA-256 here
 * (../shared/STACK.md: 376 MiB/s against 110 for streaming hash-wasm); larger ones are streamed so a
 * multi-gigabyte file never sits in memory.
 */
export const ONE_SHOT_LIMIT = 64 * 1024 * 1024;
const CHUNK = 4 * 1024 * 1024;

/** Hex digests of a Blob (or File) under each requested algorithm, lower case. */
export async function digestBlob(
  blob: Blob,
  algorithms: readonly HashAlgorithm[],
  options: DigestOptions = {},
): Promise<Digests> {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  if (blob.size <= ONE_SHOT_LIMIT) {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const result = await digestBytes(bytes, algorithms);
    onProgress?.(blob.size);
    return result;
  }
  const hashers = await Promise.all(
    algorithms.map(async (a) => [a, a === 'sha256' ? await createSHA256() : await createMD5()] as const),
  );
  for (const [, h] of hashers) h.init();
  for (let offset = 0; offset < blob.size; offset += CHUNK) {
    signal?.throwIfAborted();
    const chunk = new Uint8Array(await blob.slice(offset, offset + CHUNK).arrayBuffer());
    for (const [, h] of hashers) h.update(chunk);
    onProgress?.(Math.min(offset + CHUNK, blob.size));
  }
  return Object.fromEntries(hashers.map(([a, h]) => [a, h.digest('hex')]));
}

/** Hex digests of bytes already in memory. */
export async function digestBytes(bytes: Uint8Array, algorithms: readonly HashAlgorithm[]): Promise<Digests> {
  const out: Digests = {};
  for (const algorithm of algorithms) {
    if (algorithm === 'sha256') {
      out.sha256 = toHex(
        new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)),
      );
    } else {
      const md5 = await createMD5();
      md5.init();
      md5.update(bytes);
      out.md5 = md5.digest('hex');
    }
  }
  return out;
}
