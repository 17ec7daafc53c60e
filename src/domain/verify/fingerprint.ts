import { algorithmFromHexLength, type ChecksumAlgorithm } from './algorithms';

/**
 * The phone-readable form of a package fingerprint: the first 16 hex digits of its SHA-256 in four
 * groups of four, e.g. "3f2a-91c0-07be-55d4". Chosen over a word-safe base32 because (1) it is a literal
 * prefix of what `sha256sum` prints, so a recipient with only command-line tools can compare it by eye;
 * (2) hex reads aloud without ambiguity (digits and a-f only: no O/0, I/1/l to confuse); (3) 64 bits is
 * ample to catch a wrong or damaged package. It is a confirmation aid: the full 64-digit value stays the
 * authoritative fingerprint on the receipt.
 */
export function shortFingerprint(sha256hex: string): string {
  const hex = sha256hex.toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error('A package fingerprint is a SHA-256 of 64 hex digits.');
  return (hex.slice(0, 16).match(/.{4}/g) ?? []).join('-');
}

export type PastedHash =
  | { readonly kind: 'full'; readonly algorithm: ChecksumAlgorithm; readonly hex: string }
  | { readonly kind: 'short'; readonly hex: string }
  | { readonly kind: 'invalid'; readonly reason: string };

/**
 * Read a typed or pasted hash: any letter case, with spaces, dashes, colons or underscores removed, an
 * optional "sha256:" style prefix dropped, and a "hash  filename" line reduced to its hash. 16 digits is
 * the short fingerprint; 32/40/56/64/96/128 digits are a full MD5...SHA-512.
 */
export function readPastedHash(input: string): PastedHash {
  let s = input.trim();
  const first = /^([0-9A-Fa-f]{32,128})\s+\*?\S/.exec(s);
  if (first) s = first[1] ?? s;
  s = s
    .replace(/^(md5|sha-?(1|224|256|384|512))\s*[:=]\s*/i, '')
    .replace(/[\s\-:_]/g, '')
    .toLowerCase();
  if (s === '') return { kind: 'invalid', reason: 'Nothing was entered.' };
  if (/[^0-9a-f]/.test(s))
    return { kind: 'invalid', reason: 'A fingerprint has only the digits 0-9 and the letters a-f.' };
  if (s.length === 16) return { kind: 'short', hex: s };
  const algorithm = algorithmFromHexLength(s.length);
  if (!algorithm)
    return {
      kind: 'invalid',
      reason: `${s.length} hex digits match no fingerprint (16 for the short form, 64 for SHA-256).`,
    };
  return { kind: 'full', algorithm, hex: s };
}

/** True when the input, full (64 digits) or short (16), is this SHA-256 fingerprint. */
export function matchesFingerprint(input: string, sha256hex: string): boolean {
  const read = readPastedHash(input);
  const hex = sha256hex.toLowerCase();
  if (read.kind === 'short') return hex.startsWith(read.hex);
  return read.kind === 'full' && read.algorithm === 'sha256' && read.hex === hex;
}
