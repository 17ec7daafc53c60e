import type { Digests, HashAlgorithm } from '../domain/hash/digestBlob';

/** The hash worker: digests of files, off the main thread, with progress and cancel. */
export type HashApi = {
  digest: {
    params: { readonly blob: Blob; readonly algorithms: readonly HashAlgorithm[] };
    result: Digests;
    progress: { readonly bytesDone: number };
  };
};
