import type { FhirApi } from '../src/protocol/fhirApi';
import { serveSelf } from '../src/protocol/serveSelf';
import { fhirHandlers } from './fhirHandlers';

serveSelf<FhirApi>(fhirHandlers);
