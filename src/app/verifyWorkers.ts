import type { VerifyApi } from '../protocol/verifyApi';
import type { VerifyPool } from '../protocol/verifyPool';
import type { WorkerClient } from '../protocol/workerClient';
import { clientFor } from './clientFor';

/**
 * The verify workers: a pool of two, since hashing is the whole cost of verifying and the machines this
 * runs on have at least two cores (two workers verified ~1.3x as fast as one there). Created on first use.
 */
const POOL_SIZE = 2;

function startWorker(index: number): WorkerClient<VerifyApi> {
  // Written inline: Vite bundles a worker only from this exact `new Worker(new URL(...))` form.
  const worker = new Worker(new URL('../../workers/verify.worker.ts', import.meta.url), {
    type: 'module',
    name: `verify-${index + 1}`,
  });
  // The next verification starts fresh workers rather than posting to a dead one.
  return clientFor<VerifyApi>(worker, 'verifying worker', () => (clients = null));
}

let clients: WorkerClient<VerifyApi>[] | null = null;

export function verifyPool(): VerifyPool {
  clients ??= Array.from({ length: POOL_SIZE }, (_, i) => startWorker(i));
  const pool = clients;
  return {
    size: pool.length,
    hash(request, options = {}) {
      const client = pool.reduce((best, c) => (c.pending < best.pending ? c : best));
      return client.call('hash', request, {
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onProgress ? { onProgress: (p) => options.onProgress?.(p.bytesDone) } : {}),
      });
    },
  };
}
