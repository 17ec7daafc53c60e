import { batchingSink } from '../../src/domain/zip/write/batchingSink';
import type { OpenedOutput } from './packageOutput';
import { zipOutput } from './zipFileOutput';

/** About 1 MiB a message: few round trips, and the page's Blob parts or download stream stay small. */
const BATCH = 1024 * 1024;

/** The ZIP's bytes handed back to the page (browsers without a save picker), in batches. */
export function pageZipOutput(
  send: (chunk: Uint8Array<ArrayBuffer>) => Promise<void>,
  packageName: string,
  signal: AbortSignal,
): Promise<OpenedOutput> {
  const batched = batchingSink(send, BATCH);
  return zipOutput(
    batched.sink,
    packageName,
    signal,
    () => batched.flush(),
    // The page drops what it gathered when the export fails; nothing was written anywhere.
    async () => undefined,
  );
}
