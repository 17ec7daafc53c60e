import type { FileDigests } from './algorithms';
import { readPastedHash } from './fingerprint';
import { IssueLog } from './issues';
import { concludeVerification, type PendingFile } from './plan';
import type { ChecksumAlgorithm } from './algorithms';
import type { PresentFile, VerificationResult } from './types';

/** Which digest a single file needs for this pasted hash (the short fingerprint is a SHA-256 prefix). */
export function algorithmForPastedHash(input: string): ChecksumAlgorithm | undefined {
  const read = readPastedHash(input);
  return read.kind === 'short' ? 'sha256' : read.kind === 'full' ? read.algorithm : undefined;
}

/** One file against a typed or pasted hash: ok or altered, with the reason in words. */
export function verifySingleFile(file: PresentFile, input: string, digests: FileDigests): VerificationResult {
  const log = new IssueLog();
  const read = readPastedHash(input);
  if (read.kind === 'invalid') {
    log.error('fingerprint', `The hash entered cannot be read: ${read.reason}`);
    return concludeVerification(
      { format: 'single-file', pending: [], issues: log.items, jobs: [] },
      new Map(),
    );
  }
  const algorithm = read.kind === 'short' ? 'sha256' : read.algorithm;
  const actual = (digests[algorithm] ?? '').toLowerCase();
  // The short form compares the first 16 digits: expect exactly those of the real digest when they agree.
  const checksum = read.kind === 'short' && actual.startsWith(read.hex) ? actual : read.hex;
  const source = read.kind === 'short' ? 'the short fingerprint entered' : 'the hash entered';
  const pending: PendingFile = {
    path: file.path,
    presentPath: file.path,
    role: 'file',
    size: file.size,
    expectations: [{ algorithm, checksum, source }],
    status: 'hash',
  };
  return concludeVerification(
    { format: 'single-file', pending: [pending], issues: [], jobs: [] },
    new Map([[file.path, digests]]),
  );
}
