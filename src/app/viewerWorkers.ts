import type { DecodeApi } from '../protocol/decodeApi';
import type { DecoderHandle } from '../services';
import { clientFor } from './clientFor';

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
  const client = clientFor<DecodeApi>(worker, 'image decoder');
  return {
    client,
    terminate() {
      client.dispose('The viewer was closed.');
      worker.terminate();
    },
  };
}
