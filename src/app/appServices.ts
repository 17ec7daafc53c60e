import type { AppServices } from '../services';
import { packageWorker } from './packageWorkers';
import { verifyPool } from './verifyWorkers';
import { startDecoder } from './viewerWorkers';
import { startImportWorkers, deriveKeyInWorker, fhirWorker } from './workers';

/** The real workers, handed to every feature by the one ServicesProvider in App.tsx. */
export const appServices: AppServices = {
  deriveKey: deriveKeyInWorker,
  importWorkers: startImportWorkers,
  packageWorker,
  verifyPool,
  startDecoder,
  fhirWorker,
};
