import { BoundedInflater } from '../../inflate';
import { crc32 } from './crc32';

export interface EntryCheck {
  readonly crc32: number;
  readonly size: number;
}

/** The compression methods this reader expands: store and deflate (what every ZIP writer uses by default). */
export function methodProblem(method: number): string | undefined {
  if (method === 0 || method === 8) return undefined;
  const names: Record<number, string> = {
    9: 'Deflate64',
    12: 'bzip2',
    14: 'LZMA',
    93: 'Zstandard',
    95: 'XZ',
    99: 'AES encryption',
  };
  return `it uses compression method ${method}${names[method] ? ` (${names[method]})` : ''}, which this app cannot expand`;
}

/**
 * Expand one entry's compressed bytes (the bounded inflater for deflate, as is for store) and check the
 * result against the size and CRC-32 the archive declares. `expected` is asked first for the declared
 * size, so an entry that expands one byte past it is refused at once, after a few megabytes at most, and
 * the ratio limit stops an honest bomb; for a streamed entry whose data descriptor only comes after its
 * data, the size is known only at the end and the ratio alone bounds it. Throws, naming the
 * entry, on any mismatch.
 */
export async function* decodeEntry(
  raw: AsyncIterable<Uint8Array>,
  path: string,
  method: number,
  expected: () => EntryCheck | undefined,
): AsyncGenerator<Uint8Array> {
  const problem = methodProblem(method);
  if (problem) throw new Error(`ZIP entry "${path}" cannot be read: ${problem}.`);
  const subject = `ZIP entry "${path}"`;
  const declared = expected()?.size;
  const inflate =
    method === 8
      ? new BoundedInflater(subject, {
          ...(declared === undefined ? {} : { declaredSize: declared }),
        })
      : undefined;
  let crc = 0;
  let size = 0;
  const emit = function* (chunks: Iterable<Uint8Array>) {
    for (const chunk of chunks) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      yield chunk;
    }
  };
  for await (const chunk of raw) yield* emit(inflate ? inflate.push(chunk) : [chunk]);
  if (inflate) yield* emit(inflate.push(new Uint8Array(0), true));
  const want = expected();
  if (want && want.size !== size)
    throw new Error(`ZIP entry "${path}" expands to ${size} bytes, but the archive says ${want.size}.`);
  if (want && want.crc32 !== crc)
    throw new Error(`ZIP entry "${path}" is damaged: its CRC-32 does not match the archive's.`);
}

/** A ReadableStream over an async generator, pulling only when the reader asks (back-pressure). */
export function toStream(
  source: AsyncIterator<Uint8Array>,
  onCancel?: () => void,
): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await source.next();
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (e) {
          controller.error(e);
        }
      },
      cancel() {
        onCancel?.();
      },
    },
    { highWaterMark: 0 },
  );
}
