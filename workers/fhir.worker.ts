import type { FhirApi } from '../src/protocol/fhirApi';
import type { MessagePortLike } from '../src/protocol/messages';
import { serveWorker } from '../src/protocol/workerServer';
import { fhirHandlers } from './fhirHandlers';

serveWorker<FhirApi>(self as unknown as MessagePortLike, fhirHandlers);
