import { ByteSource } from './byteSource';
import { decodeEntry, toStream, type EntryCheck } from './entryDecode';
import { entryProblem, parseLocalHeader, LOCAL_FIXED, type LocalHeader } from './localHeader';
import { SIG, u32, u64 } from './zipBytes';

export interface StreamedZipEntry {
  readonly path: string;
  readonly isDirectory: boolean;
  /** Known up front unless the entry was written with a data descriptor (streaming writers). */
  readonly size?: number;
  readonly compressedSize?: number;
  /** Why the entry's data is refused (unsafe name, encryption, unknown method); reading it then throws. */
  readonly problem?: string;
  /** The expanded bytes, checked against the entry's CRC-32 and size as they finish. */
  readonly stream: ReadableStream<Uint8Array>;
}

const NEXT_RECORD = new Set<number>([SIG.local, SIG.central, SIG.zip64End, SIG.end]);

/**
 * The compressed bytes of an entry with a data descriptor and no sizes up front. fflate's Unzip finds the
 * end by searching for the next "PK" signature and cuts the entry short when its bytes contain one (a
 * stored file that holds a ZIP, or by chance in deflate output: about once per 1.4 GB); tested in
 * test/unit/domain/zip-read. Here a candidate descriptor only counts when its compressed-size field equals
 * the number of bytes actually seen, which a chance match practically never does; the CRC then confirms it.
 */
async function* scanToDescriptor(
  src: ByteSource,
  h: LocalHeader,
  found: (c: EntryCheck) => void,
): AsyncGenerator<Uint8Array> {
  const sizeLength = h.zip64 ? 8 : 4;
  const tail = 4 + 4 + 2 * sizeLength + 4;
  const readSize = (b: Uint8Array, at: number) => (h.zip64 ? u64(b, at) : u32(b, at));
  let seen = 0;
  for (;;) {
    const more = await src.fill(src.buffered + 1);
    const window = src.peekAll();
    const last = more ? window.length - tail : window.length - (tail - 4 - 4);
    for (let i = 0; i <= last; i++) {
      const p = seen + i;
      const low = p & 0xff;
      const withSig =
        window[i] === 0x50 &&
        window[i + 8] === low &&
        u32(window, i) === SIG.descriptor &&
        readSize(window, i + 8) === p;
      const bare =
        !withSig &&
        window[i + 4] === low &&
        readSize(window, i + 4) === p &&
        NEXT_RECORD.has(u32(window, i + 4 + 2 * sizeLength));
      if (!withSig && !bare) continue;
      if (i > 0) yield src.take(i);
      const d = src.take((withSig ? 4 : 0) + 4 + 2 * sizeLength);
      const at = withSig ? 4 : 0;
      found({ crc32: u32(d, at), size: readSize(d, at + 4 + sizeLength) });
      return;
    }
    if (!more)
      throw new Error(
        `ZIP entry "${h.path}": the archive ends before its data descriptor (truncated download?).`,
      );
    if (last > 0) {
      seen += last;
      yield src.take(last);
    }
  }
}

async function* exactly(src: ByteSource, n: number, path: string): AsyncGenerator<Uint8Array> {
  for (let left = n; left > 0;) {
    if (!(await src.fill(1)))
      throw new Error(`ZIP entry "${path}": the archive ends inside its data (truncated download?).`);
    const part = src.takeUpTo(left);
    left -= part.length;
    yield part;
  }
}

/** After an entry whose sizes were known but which still has a descriptor: skip it, with or without its signature. */
async function skipDescriptor(src: ByteSource, h: LocalHeader): Promise<void> {
  const body = 4 + (h.zip64 ? 16 : 8);
  await src.fill(4 + body);
  src.take(
    src.buffered >= 4 && u32(src.peek(4), 0) === SIG.descriptor ? 4 + body : Math.min(body, src.buffered),
  );
}

/**
 * Read a ZIP front to back from a stream (ZIP64 included), yielding each entry as its local header
 * arrives, without holding the archive: only the current chunk is in memory. The caller reads (or
 * ignores) each entry's stream before asking for the next; an unread remainder is skipped without being
 * expanded. Ends at the central directory. For a File/Blob prefer readCentralDirectory: it knows every
 * size up front and does not depend on local headers.
 */
export async function* unzipStream(
  source: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>,
): AsyncGenerator<StreamedZipEntry> {
  const iterable = source as AsyncIterable<Uint8Array>;
  const src = new ByteSource(iterable[Symbol.asyncIterator]());
  if ((await src.fill(4)) && u32(src.peek(4), 0) === SIG.descriptor) src.take(4); // split-archive marker
  while (await src.fill(4)) {
    const offset = src.position;
    const sig = u32(src.peek(4), 0);
    if (sig !== SIG.local) {
      if (sig === SIG.central || sig === SIG.zip64End || sig === SIG.end) return;
      throw new Error(`Not a ZIP record at byte ${offset}: the archive is damaged or not a ZIP.`);
    }
    if (!(await src.fill(LOCAL_FIXED)))
      throw new Error(`The archive ends inside a file header at byte ${offset}.`);
    const fixed = src.peek(LOCAL_FIXED);
    const headerLength =
      LOCAL_FIXED + (fixed[26] ?? 0) + ((fixed[27] ?? 0) << 8) + (fixed[28] ?? 0) + ((fixed[29] ?? 0) << 8);
    if (!(await src.fill(headerLength)))
      throw new Error(`The archive ends inside a file header at byte ${offset}.`);
    const h = parseLocalHeader(src.take(headerLength));
    let check: EntryCheck | undefined = h.hasDescriptor ? undefined : { crc32: h.crc32, size: h.size ?? 0 };
    const raw =
      h.compressedSize === undefined
        ? scanToDescriptor(src, h, (c) => (check = c))
        : exactly(src, h.compressedSize, h.path);
    const problem = entryProblem(h);
    let skipping = false;
    // Manual next() calls: a for-await would close `raw` when the consumer stops early, and the bytes
    // left in it must still be skipped to reach the next header.
    const rawGate = (async function* () {
      for (let r = await raw.next(); !r.done && !skipping; r = await raw.next()) yield r.value;
    })();
    const refused: AsyncIterator<Uint8Array> = {
      next: () => Promise.reject(new Error(`ZIP entry "${h.path}" was not read: ${problem ?? ''}.`)),
    };
    const data = problem ? refused : decodeEntry(rawGate, h.path, h.method, () => check);
    const isDirectory = h.path.endsWith('/');
    yield {
      path: h.path,
      isDirectory,
      ...(h.size === undefined ? {} : { size: h.size }),
      ...(h.compressedSize === undefined ? {} : { compressedSize: h.compressedSize }),
      ...(problem ? { problem } : {}),
      stream: toStream(data, () => (skipping = true)),
    };
    // Whatever the consumer left unread is skipped, not expanded.
    skipping = true;
    while (!(await raw.next()).done);
    if (h.hasDescriptor && h.compressedSize !== undefined) await skipDescriptor(src, h);
  }
}
