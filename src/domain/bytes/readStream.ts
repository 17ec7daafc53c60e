/**
 * Every chunk of a byte stream, read with a reader (WebKit cannot for-await a ReadableStream). Used
 * instead of `new Response(stream).blob()` / `.arrayBuffer()`: when the stream errors, Chromium rejects
 * those with a bare "TypeError: Failed to fetch" and the stream's own reason (which entry, why) is lost;
 * here the stream's error is thrown as it is.
 */
export async function readStreamChunks(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  } finally {
    reader.releaseLock();
  }
  return chunks;
}
