import type { DecodeApi } from '../protocol/decodeApi';
import { clientOf } from '../protocol/clientOf';
import type { WorkerClient } from '../protocol/workerClient';

/** A decode worker owned by one viewport: its client, and a way to stop it when the viewport closes. */
export interface DecoderHandle {
  readonly client: WorkerClient<DecodeApi>;
  terminate(): void;
}

/**
 * Starts a decode worker (workers/decode.worker.ts). The worker itself hands the codecs their bundled
 * .wasm URLs (Vite `?url` imports + setCodecWasmUrls), so nothing is fetched from another origin. Each
 * viewport gets its own worker, so the two sides of a comparison decode in parallel.
 */
export function startDecoder(): DecoderHandle {
  const worker = new Worker(new URL('../../workers/decode.worker.ts', import.meta.url), {
    type: 'module',
    name: 'decode',
  });
  const client = clientOf<DecodeApi>(worker);
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    client.dispose(
      `The image decoder could not run${event.message ? `: ${event.message}` : '.'} Reload the page and try again.`,
    );
  });
  return {
    client,
    terminate() {
      client.dispose('The viewer was closed.');
      worker.terminate();
    },
  };
}
