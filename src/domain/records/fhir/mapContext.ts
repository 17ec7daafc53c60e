import type { RecordSource } from '../careRecord';
import type { BundleIndex } from './bundleIndex';

/** What a resource mapper needs besides the resource: the Bundle for references, and a stable id. */
export interface MapContext {
  readonly index: BundleIndex;
  /** 'fhir:Type/id' (or 'fhir:' + fullUrl), stable across re-imports of the same export. */
  readonly id: string;
  readonly source: RecordSource;
  /** How warnings name the resource, e.g. 'entry 4 (AllergyIntolerance/abc)'. */
  readonly label: string;
}

/** A mapped item with what the user should know about it, or the reason the resource was left out. */
export type Mapped<T> =
  { readonly item: T; readonly warnings: readonly string[] } | { readonly skip: string };
