import { streamChunks } from './streamChunks';

/**
 * Every chunk of a byte stream. Used instead of `new Response(stream).blob()` / `.arrayBuffer()`: when
 * the stream errors, Chromium rejects those with a bare "TypeError: Failed to fetch" and the stream's own
 * reason (which entry, why) is lost; here the stream's error is thrown as it is.
 */
export async function readStreamChunks(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of streamChunks(stream)) chunks.push(chunk);
  return chunks;
}
