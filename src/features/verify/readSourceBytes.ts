import { concatBytes } from '../../domain/bytes/concatBytes';
import { readBlob } from '../../domain/bytes/readFailure';
import { readStreamChunks } from '../../domain/bytes/readStream';
import { openZipEntry } from '../../domain/zip/read';
import type { HashSource } from '../../protocol/verifyApi';

/** Tag files and checksum lists are small text; anything above this is refused rather than read whole. */
const TEXT_LIMIT = 64 * 1024 * 1024;

/** The whole bytes of a small file (a bag's tag file, a checksum list), from a Blob or a ZIP entry. */
export async function readSourceBytes(source: HashSource, path: string): Promise<Uint8Array> {
  const size = source.kind === 'blob' ? source.blob.size : source.entry.size;
  if (size > TEXT_LIMIT)
    throw new Error(`${path} is ${size} bytes: too large for a tag file or checksum list.`);
  if (source.kind === 'blob') return readBlob(source.blob);
  return concatBytes(await readStreamChunks(openZipEntry(source.zip, source.entry)));
}
