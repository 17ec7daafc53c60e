import { readStreamChunks } from '../src/domain/bytes/readStream';
import { openZipEntry, type ZipDirectoryEntry } from '../src/domain/zip/read';
import { errorMessage } from '../src/domain/text/errorMessage';

/**
 * One entry of a ZIP being imported, expanded here in the import worker rather than on the page (a
 * hostile entry costs the worker a few bounded megabytes, and the page's main thread never inflates):
 * the entry's bytes as a Blob, or why they could not be had (a decompression bomb, damage, a file that
 * changed on disk), naming the entry.
 */
export async function expandZipEntry(
  zip: Blob,
  entry: ZipDirectoryEntry,
): Promise<{ readonly blob: Blob } | { readonly reason: string }> {
  try {
    const chunks = await readStreamChunks(openZipEntry(zip, entry));
    return { blob: new Blob(chunks as Uint8Array<ArrayBuffer>[]) };
  } catch (error) {
    return { reason: errorMessage(error) };
  }
}
