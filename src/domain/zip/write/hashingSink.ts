import { createSHA256 } from 'hash-wasm';
import type { ByteSink } from './zipWriter';

export interface HashingSink {
  /** Pass this to the writer: it hashes each chunk, then hands it to the real sink. */
  readonly sink: ByteSink;
  /** Bytes handed to the real sink. */
  readonly bytes: () => number;
  /** Lower-case hex SHA-256 of every byte handed to the real sink; call once, after finishing. */
  readonly digest: () => string;
}

/**
 * Wraps a sink so the package's own SHA-256 (its fingerprint) is computed over exactly the chunks that
 * were written, without reading the output back.
 */
export async function withSha256(target: ByteSink): Promise<HashingSink> {
  const hasher = await createSHA256();
  hasher.init();
  let count = 0;
  return {
    sink: async (chunk) => {
      await target(chunk);
      // Hashed once the sink took the chunk (a batching sink may write it later): a failed write fails
      // the whole package, so no fingerprint is ever reported for bytes that did not reach the file.
      hasher.update(chunk);
      count += chunk.length;
    },
    bytes: () => count,
    digest: () => hasher.digest('hex'),
  };
}
