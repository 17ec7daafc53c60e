import { createMD5, createSHA1, createSHA224, createSHA256, createSHA384, createSHA512 } from 'hash-wasm';

/** Every digest a package or checksum list can name (the coreutils `*sum` family and RFC 8493 bags). */
export type HashAlgorithm = 'md5' | 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';

/** Hex digests, lower case, keyed by algorithm. */
export type Digests = Partial<Record<HashAlgorithm, string>>;

/** WebCrypto's digest names; MD5 and SHA-224 are not offered by WebCrypto, so hash-wasm computes them. */
export const WEBCRYPTO_NAME: Readonly<Partial<Record<HashAlgorithm, string>>> = {
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512',
};

/** The incremental hasher of hash-wasm for an algorithm (used for streaming and where WebCrypto lacks one). */
export interface IncrementalHasher {
  init(): unknown;
  update(data: Uint8Array): unknown;
  digest(outputType: 'hex'): string;
}

const FACTORIES: Readonly<Record<HashAlgorithm, () => Promise<IncrementalHasher>>> = {
  md5: createMD5,
  sha1: createSHA1,
  sha224: createSHA224,
  sha256: createSHA256,
  sha384: createSHA384,
  sha512: createSHA512,
};

export async function createHasher(algorithm: HashAlgorithm): Promise<IncrementalHasher> {
  const hasher = await FACTORIES[algorithm]();
  hasher.init();
  return hasher;
}

/** Each algorithm once, in a stable order, so duplicates in a request cost nothing. */
export function uniqueAlgorithms(algorithms: readonly HashAlgorithm[]): HashAlgorithm[] {
  return [...new Set(algorithms)].sort();
}
