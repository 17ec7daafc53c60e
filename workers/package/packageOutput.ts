import type { BagSink } from '../../src/domain/package/bagSink';

/** A package destination opened by the worker: where the bag goes, and how to finish or undo it. */
export interface OpenedOutput {
  readonly sink: BagSink;
  /** SHA-256 of the bytes written, for a ZIP (its fingerprint); undefined for a folder. */
  readonly zipSha256?: () => string;
  /** Makes the output final (closes the file); call after the sink finished. */
  commit(): Promise<void>;
  /** Removes what was written so far; resolves to why that failed, or undefined when it worked. */
  discard(): Promise<string | undefined>;
}
