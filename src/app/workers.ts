import type { KdfParams } from '../crypto/kdfParams';
import type { Api } from '../protocol/api';
import type { FhirApi } from '../protocol/fhirApi';
import type { HashApi } from '../protocol/hashApi';
import type { ImportApi } from '../protocol/importApi';
import type { KdfApi } from '../protocol/kdfApi';
import { clientOf } from '../protocol/clientOf';
import type { WorkerClient } from '../protocol/workerClient';

/**
 * The one place that creates workers (DESIGN.md). Each `new Worker(new URL(...))` is written out in
 * full because that exact form is what Vite recognises to bundle the worker.
 */

/** A client whose pending calls fail with a clear message if the worker cannot start or crashes. */
function clientFor<A extends Api>(worker: Worker, what: string): WorkerClient<A> {
  const client = clientOf<A>(worker);
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    client.dispose(
      `The ${what} could not run${event.message ? `: ${event.message}` : '.'} Reload the page and try again.`,
    );
  });
  return client;
}

let kdf: WorkerClient<KdfApi> | null = null;

/** Argon2id in a worker, so deriving the key never freezes the page. */
export function deriveKeyInWorker(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  kdf ??= clientFor<KdfApi>(
    new Worker(new URL('../../workers/kdf.worker.ts', import.meta.url), { type: 'module', name: 'kdf' }),
    'key-derivation worker',
  );
  return kdf.call('deriveKey', { passphrase, kdf: params });
}

let hash: WorkerClient<HashApi> | null = null;

export function hashWorker(): WorkerClient<HashApi> {
  hash ??= clientFor<HashApi>(
    new Worker(new URL('../../workers/hash.worker.ts', import.meta.url), { type: 'module', name: 'hash' }),
    'hashing worker',
  );
  return hash;
}

export interface WorkerPool<A extends Api> {
  readonly clients: readonly WorkerClient<A>[];
  terminate(): void;
}

/** One import worker per core (at least two, at most four): parsing, hashing and sealing run in parallel. */
export function createImportWorkers(): WorkerPool<ImportApi> {
  const count = Math.min(4, Math.max(2, navigator.hardwareConcurrency || 2));
  const workers = Array.from(
    { length: count },
    (_, i) =>
      new Worker(new URL('../../workers/import.worker.ts', import.meta.url), {
        type: 'module',
        name: `import-${i + 1}`,
      }),
  );
  const clients = workers.map((w) => clientFor<ImportApi>(w, 'import worker'));
  return {
    clients,
    terminate() {
      for (const client of clients) client.dispose('The import was stopped.');
      for (const worker of workers) worker.terminate();
    },
  };
}

let fhir: WorkerClient<FhirApi> | null = null;

/** FHIR bundles are read, parsed and mapped in a worker: a large one never freezes the page. */
export function fhirWorker(): WorkerClient<FhirApi> {
  if (fhir) return fhir;
  const worker = new Worker(new URL('../../workers/fhir.worker.ts', import.meta.url), {
    type: 'module',
    name: 'fhir',
  });
  const client = clientFor<FhirApi>(worker, 'FHIR import worker');
  // A worker that died (a bundle too large for memory) is replaced on the next import, not reused.
  worker.addEventListener('error', () => {
    if (fhir === client) fhir = null;
    worker.terminate();
  });
  fhir = client;
  return client;
}
