import type { HashRequest, HashResponse } from './verifyApi';

export interface HashCallOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (bytesDone: number) => void;
}

/** The verify workers as one hasher: what verifying a package needs, whoever starts the workers. */
export interface VerifyPool {
  /** Hashes one file on the least busy worker. */
  hash(request: HashRequest, options?: HashCallOptions): Promise<HashResponse>;
  readonly size: number;
}
