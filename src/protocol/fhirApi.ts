import type { FhirImportProgress, FhirImportResult } from '../domain/records';

/** Where the bundle is: a picked file (read in the worker, so the page never holds its text) or pasted text. */
export type FhirSource =
  { readonly kind: 'file'; readonly file: Blob } | { readonly kind: 'text'; readonly text: string };

/** Reading the file, then the domain's own phases. */
export type FhirWorkerProgress = { readonly phase: 'reading' } | FhirImportProgress;

/**
 * The FHIR worker: reads and parses a FHIR R4 Bundle (or NDJSON) and maps it to care-record items off the
 * page, so a bundle of many megabytes never freezes it; progress says how far it got.
 */
export type FhirApi = {
  importBundle: {
    params: { readonly source: FhirSource; readonly fileName: string };
    result: FhirImportResult;
    progress: FhirWorkerProgress;
  };
};
