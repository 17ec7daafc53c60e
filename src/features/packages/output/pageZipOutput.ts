import type { OpenedOutput } from './packageOutput';
import { zipOutput } from './zipFileOutput';

const BATCH = 1024 * 1024;

/**
 * The ZIP's bytes handed back to the page (browsers without a save picker), in batches of about 1 MiB:
 * the ZIP writer's many small header records would otherwise each cost a round trip. Each batch is a
 * copy the page takes over, since the writer's chunks may be views into buffers still in use here.
 */
export function pageZipOutput(
  send: (chunk: Uint8Array<ArrayBuffer>) => Promise<void>,
  packageName: string,
  signal: AbortSignal,
): Promise<OpenedOutput> {
  let batch = new Uint8Array(BATCH);
  let used = 0;
  const flush = async () => {
    if (used === 0) return;
    const out = batch.slice(0, used);
    used = 0;
    await send(out);
  };
  return zipOutput(
    async (chunk) => {
      if (used + chunk.length > BATCH) await flush();
      if (chunk.length >= BATCH) {
        await send(chunk.slice());
        return;
      }
      batch.set(chunk, used);
      used += chunk.length;
    },
    packageName,
    signal,
    async () => {
      await flush();
      batch = new Uint8Array(0);
    },
    // The page drops what it gathered when the export fails; nothing was written anywhere.
    async () => undefined,
  );
}
