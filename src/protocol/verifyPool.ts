import type { HashRequest, HashResponse } from './verifyApi';

export interface HashCallOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (bytesDone: number) => void;
}

/** The verify workers as one: each file is hashed on the least busy of them. */
export interface VerifyPool {
  /** Hashes one file on the least busy worker. */
  hash(request: HashRequest, options?: HashCallOptions): Promise<HashResponse>;
  readonly size: number;
}
