/**
 * The checksum algorithms a package can name. RFC 8493 2.4 lets a bag use any algorithm; these are the
 * ones hash-wasm and WebCrypto both compute, which covers every bag in the conformance suite and every
 * `*sum` tool of coreutils.
 */
export type ChecksumAlgorithm = 'md5' | 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';

/** Hex digests of one file, keyed by algorithm, lower case. */
export type FileDigests = Partial<Record<ChecksumAlgorithm, string>>;

export const HEX_LENGTH: Readonly<Record<ChecksumAlgorithm, number>> = {
  md5: 32,
  sha1: 40,
  sha224: 56,
  sha256: 64,
  sha384: 96,
  sha512: 128,
};

const ALL = Object.keys(HEX_LENGTH) as ChecksumAlgorithm[];

/**
 * RFC 8493 2.4: an algorithm name is compared after lower-casing and dropping every character that is
 * not a letter or digit ("SHA-256" and "sha256" are the same). Returns the normalized name even when it
 * is not one we support, so the caller can name it in a message.
 */
export function normalizeAlgorithmName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function asChecksumAlgorithm(name: string): ChecksumAlgorithm | undefined {
  const n = normalizeAlgorithmName(name);
  return (ALL as string[]).includes(n) ? (n as ChecksumAlgorithm) : undefined;
}

/** The algorithm whose hex digest has this many characters (every supported length is unique). */
export function algorithmFromHexLength(length: number): ChecksumAlgorithm | undefined {
  return ALL.find((a) => HEX_LENGTH[a] === length);
}

/** Strongest first: when several digests are known, the receipt shows this one. */
export const ALGORITHM_STRENGTH: readonly ChecksumAlgorithm[] = [
  'sha512',
  'sha384',
  'sha256',
  'sha224',
  'sha1',
  'md5',
];
