/** Chunk size for handing a file on: small enough for smooth progress, large enough to stay fast. */
export const PROGRESS_CHUNK_BYTES = 4 * 1024 * 1024;

/** Views (no copies) of consecutive slices of a buffer, so a large file reports progress as it goes. */
export function* inChunks(bytes: Uint8Array, size = PROGRESS_CHUNK_BYTES): Generator<Uint8Array> {
  if (bytes.length === 0) {
    yield bytes;
    return;
  }
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, Math.min(bytes.length, at + size));
}
