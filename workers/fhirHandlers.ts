import { importFhirBundle } from '../src/domain/records';
import type { FhirApi } from '../src/protocol/fhirApi';
import type { Handlers } from '../src/protocol/workerServer';

/** What the FHIR worker answers: kept apart from its entry point so it can be served on any port. */
export const fhirHandlers: Handlers<FhirApi> = {
  importBundle: async ({ source, fileName }, { signal, progress }) => {
    progress({ phase: 'reading' });
    const text = source.kind === 'file' ? await source.file.text() : source.text;
    signal.throwIfAborted();
    return importFhirBundle(text, fileName, progress);
  },
};
