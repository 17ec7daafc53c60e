import { readBlob } from '../bytes/readFailure';
import { createHasher, uniqueAlgorithms, type Digests, type HashAlgorithm } from './algorithms';
import { digestBytes } from './digestBytes';
import type { DigestOptions } from './digestStream';
import { ONE_SHOT_LIMIT, STREAM_CHUNK } from './limits';

export type { Digests, HashAlgorithm } from './algorithms';
export type { DigestOptions } from './digestStream';
export { digestBytes } from './digestBytes';
export { ONE_SHOT_LIMIT } from './limits';

/**
 * Hex digests of a Blob (or File) under each requested algorithm, lower case, reading it once whatever
 * the number of algorithms: whole and one-shot up to ONE_SHOT_LIMIT, else in 4 MiB slices through
 * hash-wasm.
 */
export async function digestBlob(
  blob: Blob,
  algorithms: readonly HashAlgorithm[],
  options: DigestOptions = {},
): Promise<Digests> {
  const { signal, onProgress, tap } = options;
  signal?.throwIfAborted();
  if (blob.size <= ONE_SHOT_LIMIT) {
    const bytes = await readBlob(blob);
    signal?.throwIfAborted();
    tap?.(bytes);
    const result = await digestBytes(bytes, algorithms);
    onProgress?.(blob.size);
    return result;
  }
  const hashers = await Promise.all(
    uniqueAlgorithms(algorithms).map(async (a) => [a, await createHasher(a)] as const),
  );
  for (let offset = 0; offset < blob.size; offset += STREAM_CHUNK) {
    signal?.throwIfAborted();
    const chunk = await readBlob(blob.slice(offset, offset + STREAM_CHUNK));
    for (const [, h] of hashers) h.update(chunk);
    tap?.(chunk);
    onProgress?.(Math.min(offset + STREAM_CHUNK, blob.size));
  }
  return Object.fromEntries(hashers.map(([a, h]) => [a, h.digest('hex')])) as Digests;
}
