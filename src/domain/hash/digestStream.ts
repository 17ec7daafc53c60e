import { streamChunks } from '../bytes/streamChunks';
import { concatBytes } from '../bytes/concatBytes';
import { createHasher, uniqueAlgorithms, type Digests, type HashAlgorithm } from './algorithms';
import { digestBytes } from './digestBytes';
import { ONE_SHOT_LIMIT } from './limits';

export interface DigestOptions {
  readonly signal?: AbortSignal;
  /** Called with the bytes hashed so far, after each chunk. */
  readonly onProgress?: (bytesDone: number) => void;
  /**
   * Sees every chunk, in order, as it is hashed (the whole buffer at once on the one-shot path): lets a
   * caller look at a file's first bytes (e.g. a DICOM header) without reading the file a second time.
   */
  readonly tap?: (chunk: Uint8Array) => void;
}

export interface StreamDigestOptions extends DigestOptions {
  /** The stream's length when known in advance (a ZIP directory says it): small ones go one-shot. */
  readonly size?: number;
}

/** The chunks as one array; a single chunk as it is, without a copy. */
const joined = (chunks: readonly Uint8Array[]): Uint8Array =>
  chunks.length === 1 && chunks[0] ? chunks[0] : concatBytes(chunks);

/**
 * Hex digests of a byte stream (a ZIP entry being expanded) under every requested algorithm, in one pass.
 * A stream known to be small is gathered and hashed one-shot (WebCrypto); anything else is hashed chunk by
 * chunk with hash-wasm so it never sits whole in memory.
 */
export async function digestStream(
  stream: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>,
  algorithms: readonly HashAlgorithm[],
  options: StreamDigestOptions = {},
): Promise<Digests> {
  const { signal, onProgress, tap, size } = options;
  signal?.throwIfAborted();
  const oneShot = size !== undefined && size <= ONE_SHOT_LIMIT;
  const hashers = oneShot
    ? []
    : await Promise.all(uniqueAlgorithms(algorithms).map(async (a) => [a, await createHasher(a)] as const));
  const gathered: Uint8Array[] = [];
  let done = 0;
  for await (const chunk of streamChunks(stream)) {
    signal?.throwIfAborted();
    if (oneShot) gathered.push(chunk);
    else {
      for (const [, h] of hashers) h.update(chunk);
      tap?.(chunk);
    }
    done += chunk.length;
    onProgress?.(done);
  }
  if (oneShot) {
    const bytes = joined(gathered);
    tap?.(bytes);
    return digestBytes(bytes, algorithms);
  }
  return Object.fromEntries(hashers.map(([a, h]) => [a, h.digest('hex')])) as Digests;
}
