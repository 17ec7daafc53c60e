import type { DicomdirResult } from '../domain/dicom';
import type { Digests, HashAlgorithm } from '../domain/hash';
import type { ZipDirectoryEntry } from '../domain/zip/read';

/** Where a file's bytes are: a File/Blob as picked, or one entry of a ZIP File located by its directory. */
export type HashSource =
  | { readonly kind: 'blob'; readonly blob: Blob }
  | { readonly kind: 'zip-entry'; readonly zip: Blob; readonly entry: ZipDirectoryEntry };

/**
 * What a file turned out to be, from the bytes already read for hashing: a DICOM instance's identity (to
 * check a DICOMDIR against), a DICOMDIR read whole, or anything else.
 */
export type Inspection =
  | {
      readonly kind: 'dicom';
      readonly sopInstanceUid?: string;
      readonly sopClassUid?: string;
      readonly transferSyntaxUid?: string;
    }
  | { readonly kind: 'dicomdir'; readonly dicomdir: DicomdirResult }
  | { readonly kind: 'other'; readonly reason: string };

export interface HashRequest {
  readonly source: HashSource;
  readonly algorithms: readonly HashAlgorithm[];
  /** Also say what the file is (costs nothing extra: the bytes are read for hashing anyway). */
  readonly inspect?: boolean;
  /** Used in messages and for recognising a DICOMDIR by name. */
  readonly path: string;
}

export interface HashResponse {
  readonly digests: Digests;
  readonly inspection?: Inspection;
}

/** The verify worker: hashes one file (or ZIP entry) per call, every algorithm in one pass. */
export type VerifyApi = {
  hash: {
    params: HashRequest;
    result: HashResponse;
    progress: { readonly bytesDone: number };
  };
};
