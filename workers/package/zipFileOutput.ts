import { zipBagSink } from '../../src/domain/package/bagSink';
import { batchingSink } from '../../src/domain/zip/write/batchingSink';
import { withSha256 } from '../../src/domain/zip/write/hashingSink';
import { createZipWriter, type ByteSink } from '../../src/domain/zip/write/zipWriter';
import { errorMessage } from '../../src/domain/text/errorMessage';
import type { OpenedOutput } from './packageOutput';

/** Bytes per write to the file: each write is a round trip to the browser process. */
const WRITE_BATCH = 8 * 1024 * 1024;

/** FileSystemFileHandle.remove() is Chromium's (not yet in the standard or TypeScript's DOM library). */
type RemovableHandle = FileSystemFileHandle & { remove?: () => Promise<void> };

/** The package as a ZIP written into a file the person picked (showSaveFilePicker), in batched writes. */
export async function openZipFile(
  handle: FileSystemFileHandle,
  packageName: string,
  signal: AbortSignal,
): Promise<OpenedOutput> {
  // A file the picker just created is empty; only such a file is deleted on failure (an existing file
  // chosen for overwriting keeps its old content, because abort() discards every write).
  const wasEmpty = await handle
    .getFile()
    .then((f) => f.size === 0)
    .catch(() => false);
  const writable = await handle.createWritable({ keepExistingData: false });
  const batched = batchingSink((chunk) => writable.write(chunk), WRITE_BATCH);
  return zipOutput(
    batched.sink,
    packageName,
    signal,
    async () => {
      await batched.flush();
      await writable.close();
    },
    async () => {
      try {
        await writable.abort();
        if (wasEmpty) await (handle as RemovableHandle).remove?.();
        return undefined;
      } catch (error) {
        return `The partial file ${handle.name} could not be removed (${errorMessage(error)}); delete it yourself.`;
      }
    },
  );
}

/** A ZIP into any byte sink, fingerprinted as it is written. */
export async function zipOutput(
  target: ByteSink,
  packageName: string,
  signal: AbortSignal,
  commit: () => Promise<void>,
  discard: () => Promise<string | undefined>,
): Promise<OpenedOutput> {
  const hashing = await withSha256(target);
  const writer = createZipWriter(hashing.sink, { signal });
  return { sink: zipBagSink(writer, packageName), zipSha256: () => hashing.digest(), commit, discard };
}
