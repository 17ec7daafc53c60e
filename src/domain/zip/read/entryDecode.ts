import { UnzipInflate } from 'fflate';
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
 * Expand one entry's compressed bytes (fflate's UnzipInflate for deflate, as is for store) and check the
 * result against the CRC-32 and size the archive declares. `expected` is read at the end, because a
 * streamed entry's data descriptor only comes after its data. Throws, naming the entry, on any mismatch.
 */
export async function* decodeEntry(
  raw: AsyncIterable<Uint8Array>,
  path: string,
  method: number,
  expected: () => EntryCheck | undefined,
): AsyncGenerator<Uint8Array> {
  const problem = methodProblem(method);
  if (problem) throw new Error(`ZIP entry "${path}" cannot be read: ${problem}.`);
  let crc = 0;
  let size = 0;
  const out: Uint8Array[] = [];
  let failure: unknown;
  const inflate = method === 8 ? new UnzipInflate() : undefined;
  if (inflate) {
    inflate.ondata = (err, data) => {
      if (err) failure = err;
      else if (data.length > 0) out.push(data);
    };
  }
  const drain = function* () {
    if (failure !== undefined)
      throw new Error(`ZIP entry "${path}" is damaged: ${String((failure as Error).message ?? failure)}.`);
    for (const chunk of out.splice(0)) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      yield chunk;
    }
  };
  for await (const chunk of raw) {
    if (inflate) inflate.push(chunk, false);
    else out.push(chunk);
    yield* drain();
  }
  inflate?.push(new Uint8Array(0), true);
  yield* drain();
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
