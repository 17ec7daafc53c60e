import type { KdfParams } from '../crypto/kdfParams';
import type { FhirApi } from '../protocol/fhirApi';
import type { ImportApi } from '../protocol/importApi';
import type { KdfApi } from '../protocol/kdfApi';
import type { WorkerClient } from '../protocol/workerClient';
import type { WorkerPool } from '../services';
import { clientFor } from './clientFor';

/**
 * The one place that creates workers (the composition root's job: features get them from services/).
 * Each `new Worker(new URL(...))` is written out in full because that exact form is what Vite recognises
 * to bundle the worker.
 */

let kdf: WorkerClient<KdfApi> | null = null;

/** Argon2id in a worker, so deriving the key never freezes the page. */
export function deriveKeyInWorker(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  kdf ??= clientFor<KdfApi>(
    new Worker(new URL('../../workers/kdf.worker.ts', import.meta.url), { type: 'module', name: 'kdf' }),
    'key-derivation worker',
  );
  return kdf.call('deriveKey', { passphrase, kdf: params });
}

/** One import worker per core (at least two, at most four): parsing, hashing and sealing run in parallel. */
export function startImportWorkers(): WorkerPool<ImportApi> {
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
  // A worker that died (a bundle too large for memory) is replaced on the next import, not reused.
  const client = clientFor<FhirApi>(worker, 'FHIR import worker', () => {
    if (fhir === client) fhir = null;
  });
  fhir = client;
  return client;
}
