import type { PassphraseKdf } from '../crypto/vaultKeys';
import type { Api } from '../protocol/api';
import type { DecodeApi } from '../protocol/decodeApi';
import type { FhirApi } from '../protocol/fhirApi';
import type { ImportApi } from '../protocol/importApi';
import type { PackageApi } from '../protocol/packageApi';
import type { VerifyPool } from '../protocol/verifyPool';
import type { WorkerClient } from '../protocol/workerClient';

/** Workers started for one job and stopped with it (the import's pool). */
export interface WorkerPool<A extends Api> {
  readonly clients: readonly WorkerClient<A>[];
  terminate(): void;
}

/** A decode worker owned by one viewport: its client, and a way to stop it when the viewport closes. */
export interface DecoderHandle {
  readonly client: WorkerClient<DecodeApi>;
  terminate(): void;
}

/**
 * Every worker a feature may use, as app/ hands them out. Only app/ creates workers (DESIGN.md); a
 * feature asks for one here, so a test can hand it a fake instead.
 */
export interface AppServices {
  /** Argon2id in a worker, so deriving the key never freezes the page. */
  readonly deriveKey: PassphraseKdf;
  /** A fresh pool of import workers for one import; the caller terminates it. */
  readonly importWorkers: () => WorkerPool<ImportApi>;
  readonly packageWorker: () => WorkerClient<PackageApi>;
  readonly verifyPool: () => VerifyPool;
  /** A decode worker of its own for one viewport. */
  readonly startDecoder: () => DecoderHandle;
  readonly fhirWorker: () => WorkerClient<FhirApi>;
}
