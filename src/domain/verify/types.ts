import type { ChecksumAlgorithm, FileDigests } from './algorithms';

/**
 * ok: every expected digest matched. altered: at least one did not. missing: listed but absent.
 * extra: present but listed nowhere. unsafe-path: the listing names a path outside the package (never
 * opened). to-fetch: a holey bag's fetch.txt names it and it is absent: nothing is ever fetched, so it is
 * reported as not verified. unreadable: present, but its bytes could not be read (its content is unknown:
 * neither missing nor altered). A file present whose bytes are damaged (a ZIP entry failing its CRC-32)
 * is altered.
 */
export type FileVerdict = 'ok' | 'altered' | 'missing' | 'extra' | 'unsafe-path' | 'to-fetch' | 'unreadable';

export const FILE_VERDICTS: readonly FileVerdict[] = [
  'ok',
  'altered',
  'missing',
  'extra',
  'unsafe-path',
  'to-fetch',
  'unreadable',
];

/**
 * valid: everything listed is present and matches, nothing extra. complete-but-altered: nothing is
 * missing but some content differs or was added. incomplete: something listed is absent or could not be
 * read. invalid: the
 * package itself is malformed (bad bagit.txt, unsafe or duplicated entries...), whatever the files say.
 */
export type PackageVerdict = 'valid' | 'complete-but-altered' | 'incomplete' | 'invalid';

export interface DigestMismatch {
  readonly algorithm: ChecksumAlgorithm;
  /** Where the expectation came from, e.g. "manifest-sha256.txt line 4". */
  readonly source: string;
  readonly expected: string;
  readonly actual: string;
}

export interface FileResult {
  /** Path inside the package, '/'-separated, as the listing names it (or as found, for extras). */
  readonly path: string;
  readonly role: 'payload' | 'tag' | 'file';
  readonly verdict: FileVerdict;
  readonly size?: number;
  readonly expected: FileDigests;
  readonly actual: FileDigests;
  readonly mismatches: readonly DigestMismatch[];
  /** Why, in words, for every verdict but ok. */
  readonly reason?: string;
}

/**
 * structure: the package is malformed (makes it invalid). content: a symptom of missing, altered or
 * extra files, already told by the per-file verdicts (e.g. a Payload-Oxum mismatch).
 */
export interface VerifyIssue {
  readonly severity: 'error' | 'warning';
  readonly kind: 'structure' | 'content';
  readonly code: string;
  readonly message: string;
  readonly file?: string;
}

export interface VerificationResult {
  readonly format: 'bagit' | 'checksum-list' | 'single-file';
  readonly verdict: PackageVerdict;
  readonly files: readonly FileResult[];
  readonly errors: readonly VerifyIssue[];
  readonly warnings: readonly VerifyIssue[];
  readonly counts: Readonly<Record<FileVerdict, number>>;
  /** Only for bags. */
  readonly bag?: {
    readonly version: string;
    readonly encoding: string;
    readonly info: readonly (readonly [string, string])[];
  };
}

/** One file the caller must hash, with every algorithm at once, in a single pass over its bytes. */
export interface HashJob {
  readonly path: string;
  readonly algorithms: readonly ChecksumAlgorithm[];
  readonly size: number;
}

/** What a file system, a folder picker or a ZIP directory tells about one file, before reading it. */
export interface PresentFile {
  /** '/'-separated, relative to the package root (the bag directory, or the checksum list's folder). */
  readonly path: string;
  readonly size: number;
}
