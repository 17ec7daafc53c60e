import { concatBytes } from '../../bytes/concatBytes';
import { Deflate } from 'fflate';
import { createCrc32, type Crc32 } from './crc32';
import { toDosDateTime } from './dosDateTime';
import { chunksOf, type EntrySource } from './entrySource';
import { centralDirectoryHeader, dataDescriptor, localFileHeader } from './zipEntryHeaders';
import type { CentralEntry, ZipMethod } from './zipEntryHeaders';
import { encodeEntryName } from './zipEntryName';
import { ZipEntrySourceError, ZipWriterError } from './zipErrors';
import { DEFAULT_ZIP64_LIMITS, endOfArchive, type Zip64Limits } from './zip64';

/** Where the archive goes. Each call is awaited before the next: that is the back-pressure. */
export type ByteSink = (chunk: Uint8Array) => Promise<void>;

export interface ZipWriterOptions {
  /** Timestamp of entries that give none (default: when the writer was created). */
  readonly modified?: Date;
  readonly signal?: AbortSignal;
  /** DEFLATE level for deflated entries (default 6). */
  readonly deflateLevel?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** Internal, for tests: lower limits force the ZIP64 structures on small archives. */
  readonly zip64Limits?: Partial<Zip64Limits>;
}

export interface ZipEntryOptions {
  /** 'store' (default) for DICOM and other binary data, 'deflate' for text. */
  readonly method?: ZipMethod | undefined;
  readonly modified?: Date;
  /**
   * Expected size in bytes. It decides whether the local header declares ZIP64 before the data is known;
   * without it (and for sources of unknown length) the entry is declared ZIP64 to be safe.
   */
  readonly size?: number | undefined;
}

export interface ZipEntryResult {
  readonly name: string;
  readonly method: ZipMethod;
  readonly crc32: number;
  readonly size: number;
  readonly compressedSize: number;
  /** Offset of the entry's local header in the archive. */
  readonly offset: number;
  readonly zip64: boolean;
}

export interface ZipSummary {
  readonly entryCount: number;
  readonly bytesWritten: number;
}

export interface ZipWriter {
  /** Streams one entry into the archive. Await it before adding the next. */
  add(name: string, source: EntrySource, options?: ZipEntryOptions): Promise<ZipEntryResult>;
  /** Writes the central directory and end records. The writer accepts nothing afterwards. */
  finish(): Promise<ZipSummary>;
  /** Bytes handed to the sink so far (the archive's size once finish() resolved). */
  readonly bytesWritten: number;
  readonly entryCount: number;
}

const CENTRAL_BATCH = 64 * 1024;

/**
 * A streaming ZIP writer with ZIP64 (fflate 0.8.3 writes none: ../shared/STACK.md). It never holds an
 * entry or the archive in memory: each chunk goes through CRC-32 (and DEFLATE for text) to the sink.
 */
export function createZipWriter(sink: ByteSink, options: ZipWriterOptions = {}): ZipWriter {
  const limits: Zip64Limits = { ...DEFAULT_ZIP64_LIMITS, ...options.zip64Limits };
  const defaultModified = options.modified ?? new Date();
  const central: CentralEntry[] = [];
  const names = new Set<string>();
  let written = 0;
  let state: 'idle' | 'busy' | 'finished' | 'failed' = 'idle';
  let failure = '';
  let crcReady: Promise<Crc32> | undefined;

  function begin(what: string): void {
    if (state === 'busy') throw new ZipWriterError(`ZIP writer is busy: await each call before ${what}`);
    if (state === 'finished') throw new ZipWriterError(`ZIP is already finished: cannot ${what}`);
    if (state === 'failed')
      throw new ZipWriterError(`ZIP writing failed earlier (${failure}): cannot ${what}`);
    state = 'busy';
  }

  /** Any failure of the output (or a cancel) ends the archive: there is no taking bytes back. */
  async function emit(chunk: Uint8Array, entryName: string): Promise<void> {
    if (chunk.length === 0) return;
    try {
      options.signal?.throwIfAborted();
      await sink(chunk);
    } catch (cause) {
      state = 'failed';
      if (options.signal?.aborted) {
        failure = 'cancelled';
        throw cause;
      }
      const error = new ZipWriterError(`Could not write "${entryName}" to the ZIP`, cause);
      failure = error.message;
      throw error;
    }
    written += chunk.length;
  }

  async function add(name: string, source: EntrySource, entryOptions: ZipEntryOptions = {}) {
    begin(`adding "${name}"`);
    let encoded: Uint8Array;
    try {
      encoded = encodeEntryName(name);
      if (names.has(name)) throw new ZipWriterError(`The ZIP already holds an entry named "${name}"`);
    } catch (error) {
      state = 'idle';
      throw error;
    }
    const crc = await (crcReady ??= createCrc32()).catch((cause: unknown) => {
      state = 'failed';
      failure = 'CRC-32 unavailable';
      throw new ZipWriterError('Could not load the CRC-32 code (WebAssembly)', cause);
    });
    crc.reset();
    const method = entryOptions.method ?? 'store';
    const offset = written;
    const modified = toDosDateTime(entryOptions.modified ?? defaultModified);
    const declaredZip64 = mayReachLimit(entryOptions.size ?? knownSize(source), method, limits.bytes);
    await emit(localFileHeader({ name: encoded, method, modified, zip64: declaredZip64 }), name);

    let size = 0;
    let compressedSize = 0;
    const pending: Uint8Array[] = [];
    const deflater =
      method === 'deflate'
        ? new Deflate({ level: options.deflateLevel ?? 6 }, (chunk) => void pending.push(chunk))
        : undefined;
    const drain = async () => {
      for (let chunk = pending.shift(); chunk; chunk = pending.shift()) {
        compressedSize += chunk.length;
        await emit(chunk, name);
      }
    };
    const chunks = chunksOf(source);
    try {
      for (;;) {
        let step: IteratorResult<Uint8Array, void>;
        try {
          step = await chunks.next();
        } catch (cause) {
          // Nothing refers to the partial entry: readers follow the central directory, which omits it.
          state = 'idle';
          throw new ZipEntrySourceError(name, cause);
        }
        if (step.done) break;
        const chunk = step.value;
        crc.update(chunk);
        size += chunk.length;
        if (deflater) {
          deflater.push(chunk);
          await drain();
        } else {
          compressedSize += chunk.length;
          await emit(chunk, name);
        }
      }
      if (deflater) {
        deflater.push(new Uint8Array(0), true);
        await drain();
      }
    } catch (error) {
      await chunks.return(undefined).catch(() => undefined);
      throw error;
    }
    const zip64 = declaredZip64 || size >= limits.bytes || compressedSize >= limits.bytes;
    const crc32 = crc.value();
    await emit(dataDescriptor(crc32, compressedSize, size, zip64), name);
    central.push({ name: encoded, method, modified, zip64, crc32, compressedSize, size, offset });
    names.add(name);
    state = 'idle';
    return { name, method, crc32, size, compressedSize, offset, zip64 };
  }

  async function finish(): Promise<ZipSummary> {
    begin('finish');
    const offset = written;
    let batch: Uint8Array[] = [];
    let batchLength = 0;
    const flush = async () => {
      await emit(joined(batch), 'the central directory');
      batch = [];
      batchLength = 0;
    };
    for (const entry of central) {
      const header = centralDirectoryHeader(entry, limits.bytes);
      batch.push(header);
      batchLength += header.length;
      if (batchLength >= CENTRAL_BATCH) await flush();
    }
    await flush();
    const extent = { entryCount: central.length, offset, size: written - offset };
    await emit(endOfArchive(extent, limits), 'the end of the ZIP');
    state = 'finished';
    return { entryCount: central.length, bytesWritten: written };
  }

  return {
    add,
    finish,
    get bytesWritten() {
      return written;
    },
    get entryCount() {
      return central.length;
    },
  };
}

function knownSize(source: EntrySource): number | undefined {
  if (source instanceof Uint8Array) return source.length;
  if (typeof Blob !== 'undefined' && source instanceof Blob) return source.size;
  return undefined;
}

/** Whether an entry of this size could need ZIP64; DEFLATE can grow incompressible data by a few bytes per block. */
function mayReachLimit(size: number | undefined, method: ZipMethod, limit: number): boolean {
  if (size === undefined) return true;
  const worstCase = method === 'deflate' ? size + 5 * Math.ceil(size / 16_384) + 64 : size;
  return worstCase >= limit;
}

/** The parts as one array; a single part as it is, without a copy. */
const joined = (parts: readonly Uint8Array[]): Uint8Array =>
  parts.length === 1 && parts[0] ? parts[0] : concatBytes(parts);
