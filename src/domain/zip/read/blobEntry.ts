import { FileReadFailed, readBlob } from '../../bytes/readFailure';
import type { ZipDirectoryEntry } from './centralDirectory';
import { decodeEntry, toStream } from './entryDecode';
import { LOCAL_FIXED } from './localHeader';
import { SIG, u16, u32 } from './zipBytes';

const CHUNK = 4 * 1024 * 1024;

async function* slices(
  blob: Blob,
  start: number,
  end: number,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  for (let at = start; at < end; at += CHUNK) {
    signal?.throwIfAborted();
    yield await readBlob(blob.slice(at, Math.min(end, at + CHUNK)));
  }
}

/**
 * The expanded bytes of one entry of a ZIP Blob, located through its central-directory record and checked
 * against that record's CRC-32 and size. Reads 4 MiB at a time, so a multi-gigabyte entry never sits in
 * memory. The stream errors, naming the entry, if its data is refused or damaged.
 */
export function openZipEntry(
  blob: Blob,
  entry: ZipDirectoryEntry,
  signal?: AbortSignal,
): ReadableStream<Uint8Array> {
  const data = (async function* (): AsyncGenerator<Uint8Array> {
    if (entry.problem) throw new Error(`ZIP entry "${entry.path}" was not read: ${entry.problem}.`);
    const at = entry.localHeaderOffset;
    const fixed = await readBlob(blob.slice(at, at + LOCAL_FIXED));
    if (fixed.length < LOCAL_FIXED || u32(fixed, 0) !== SIG.local) {
      throw new Error(
        `ZIP entry "${entry.path}": no file header where the directory points; the archive is damaged.`,
      );
    }
    const start = at + LOCAL_FIXED + u16(fixed, 26) + u16(fixed, 28);
    const end = start + entry.compressedSize;
    if (end > blob.size)
      throw new Error(`ZIP entry "${entry.path}" runs past the end of the archive: it is truncated.`);
    yield* decodeEntry(slices(blob, start, end, signal), entry.path, entry.method, () => ({
      crc32: entry.crc32,
      size: entry.size,
    }));
  })();
  return toStream(named(data, entry.path));
}

/** A read failure of the archive file, said with the entry it stopped. */
async function* named(data: AsyncGenerator<Uint8Array>, path: string): AsyncGenerator<Uint8Array> {
  try {
    yield* data;
  } catch (error) {
    // Keeps the FileReadFailed name: the verifiers tell an archive that could not be read (unreadable) from
    // entry data that decoded wrongly (damaged) by it.
    if (error instanceof FileReadFailed)
      throw Object.assign(new Error(`ZIP entry "${path}" ${error.message}`), { name: error.name });
    throw error;
  }
}
