import { streamChunks } from '../../bytes/streamChunks';

/**
 * Where an entry's bytes come from. Everything is consumed chunk by chunk, so a multi-gigabyte file is
 * never held whole. A Uint8Array is one chunk (checked first: it is also an Iterable of numbers).
 */
export type EntrySource =
  Uint8Array | Blob | ReadableStream<Uint8Array> | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/** The chunks of a source, in order. ReadableStream is read through its reader: not every browser iterates it. */
export async function* chunksOf(source: EntrySource): AsyncGenerator<Uint8Array, void, undefined> {
  if (source instanceof Uint8Array) {
    yield source;
    return;
  }
  if (typeof Blob !== 'undefined' && source instanceof Blob) {
    yield* streamChunks(source.stream());
    return;
  }
  if (typeof ReadableStream !== 'undefined' && source instanceof ReadableStream) {
    yield* streamChunks(source);
    return;
  }
  for await (const chunk of source as AsyncIterable<Uint8Array> | Iterable<Uint8Array>) {
    if (!(chunk instanceof Uint8Array)) throw new TypeError('A chunk of entry data is not a Uint8Array.');
    yield chunk;
  }
}
