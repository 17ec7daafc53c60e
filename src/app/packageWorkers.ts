import type { PackageApi } from '../protocol/packageApi';
import type { WorkerClient } from '../protocol/workerClient';
import { clientFor } from './clientFor';

let client: WorkerClient<PackageApi> | null = null;

/**
 * The package worker, started on first use and kept: one export runs at a time, and keeping it warm
 * keeps its hashers and the verify page it composed. A crash rejects the pending calls with a clear
 * message, and the next export starts a fresh worker.
 */
export function packageWorker(): WorkerClient<PackageApi> {
  if (client) return client;
  // Written inline: Vite bundles a worker only from this exact `new Worker(new URL(...))` form.
  const worker = new Worker(new URL('../../workers/package.worker.ts', import.meta.url), {
    type: 'module',
    name: 'package',
  });
  const created = clientFor<PackageApi>(worker, 'package worker', () => {
    if (client === created) client = null;
  });
  client = created;
  return created;
}
