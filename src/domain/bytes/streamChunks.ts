/**
 * The chunks of a ReadableStream (or any async iterable of chunks), read through getReader(). WebKit — the
 * engine of Safari and every iPhone browser — has no async iteration over ReadableStream, so `for await`
 * over a stream throws there; every stream in the app is read through this one function instead. When the
 * consumer stops early (break, an error, a cancelled job) the stream is cancelled, as `for await` would.
 */
export async function* streamChunks<T = Uint8Array>(
  source: ReadableStream<T> | AsyncIterable<T>,
): AsyncGenerator<T, void, undefined> {
  if (!isReadableStream(source)) {
    yield* source;
    return;
  }
  const reader = source.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

function isReadableStream<T>(source: ReadableStream<T> | AsyncIterable<T>): source is ReadableStream<T> {
  return typeof (source as ReadableStream<T>).getReader === 'function';
}
