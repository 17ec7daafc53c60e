import type { ChecksumAlgorithm, FileDigests } from './algorithms';
import type { ReadFailure } from './readFailure';
import type { DigestMismatch, FileResult, HashJob, VerificationResult, VerifyIssue } from './types';
import { countVerdicts, packageVerdict } from './verdict';

export interface Expectation {
  readonly algorithm: ChecksumAlgorithm;
  readonly checksum: string;
  /** "manifest-sha256.txt line 4". */
  readonly source: string;
}

/** A file's state before hashing: what is expected of it and whether it is there to hash. */
export interface PendingFile {
  readonly path: string;
  /** The path to hash, when present (may differ from path by Unicode normalization or a basename match). */
  readonly presentPath?: string;
  readonly role: FileResult['role'];
  readonly size?: number;
  readonly expectations: readonly Expectation[];
  readonly status: 'hash' | 'missing' | 'extra' | 'unsafe-path' | 'to-fetch' | 'present-unchecked';
  readonly reason?: string;
}

/**
 * Everything known before reading file contents: plain data, so it can cross to a worker. The caller
 * hashes each job (all its algorithms in one pass) and hands the digests to concludeVerification.
 */
export interface VerificationPlan {
  readonly format: VerificationResult['format'];
  readonly pending: readonly PendingFile[];
  readonly issues: readonly VerifyIssue[];
  readonly jobs: readonly HashJob[];
  readonly bag?: VerificationResult['bag'];
}

/** A digest result per job path; a file that could not be read gives its reason instead. */
export type DigestResults = ReadonlyMap<string, FileDigests | ReadFailure>;

export function hashJobs(pending: readonly PendingFile[]): HashJob[] {
  const jobs = new Map<string, { algorithms: Set<ChecksumAlgorithm>; size: number }>();
  for (const p of pending) {
    if (p.status !== 'hash' || p.presentPath === undefined) continue;
    const job = jobs.get(p.presentPath) ?? { algorithms: new Set(), size: p.size ?? 0 };
    for (const e of p.expectations) job.algorithms.add(e.algorithm);
    jobs.set(p.presentPath, job);
  }
  return [...jobs].map(([path, j]) => ({ path, algorithms: [...j.algorithms].sort(), size: j.size }));
}

function expectedOf(p: PendingFile): FileDigests {
  const out: FileDigests = {};
  for (const e of p.expectations) out[e.algorithm] ??= e.checksum;
  return out;
}

function judge(p: PendingFile, digests: DigestResults, issues: VerifyIssue[]): FileResult {
  const base = {
    path: p.path,
    role: p.role,
    expected: expectedOf(p),
    ...(p.size === undefined ? {} : { size: p.size }),
  };
  if (p.status === 'present-unchecked')
    return { ...base, verdict: 'ok', actual: {}, mismatches: [], ...(p.reason ? { reason: p.reason } : {}) };
  if (p.status !== 'hash') {
    const reason = p.reason ?? p.status;
    if (p.status !== 'unsafe-path')
      issues.push({ severity: 'error', kind: 'content', code: p.status, message: reason, file: p.path });
    return { ...base, verdict: p.status, actual: {}, mismatches: [], reason };
  }
  const got = digests.get(p.presentPath ?? p.path);
  if (got && 'error' in got && got.damaged === true) {
    const reason = `${p.path} is damaged: ${String(got.error)}`;
    issues.push({ severity: 'error', kind: 'content', code: 'damaged', message: reason, file: p.path });
    return { ...base, verdict: 'altered', actual: {}, mismatches: [], reason };
  }
  if (!got || 'error' in got) {
    const reason = got
      ? `${p.path} is present but could not be read: ${String(got.error)}`
      : `${p.path} is present but was not read.`;
    issues.push({ severity: 'error', kind: 'content', code: 'unreadable', message: reason, file: p.path });
    return { ...base, verdict: 'unreadable', actual: {}, mismatches: [], reason };
  }
  const actual = got as FileDigests;
  const mismatches: DigestMismatch[] = [];
  for (const e of p.expectations) {
    const a = actual[e.algorithm]?.toLowerCase() ?? '';
    if (a !== e.checksum)
      mismatches.push({
        algorithm: e.algorithm,
        source: e.source,
        expected: e.checksum,
        actual: a || '(not computed)',
      });
  }
  if (mismatches.length === 0) return { ...base, verdict: 'ok', actual, mismatches };
  const reason = mismatches
    .map((m) => `${m.source} expects ${m.algorithm} ${m.expected}, computed ${m.actual}`)
    .join('; ');
  issues.push({
    severity: 'error',
    kind: 'content',
    code: 'altered',
    message: `${p.path} is altered: ${reason}.`,
    file: p.path,
  });
  return { ...base, verdict: 'altered', actual, mismatches, reason };
}

/** Turn the caller's digests into per-file verdicts and the package verdict. Pure and synchronous. */
export function concludeVerification(plan: VerificationPlan, digests: DigestResults): VerificationResult {
  const issues = [...plan.issues];
  const files = plan.pending.map((p) => judge(p, digests, issues));
  return {
    format: plan.format,
    verdict: packageVerdict(files, issues),
    files,
    errors: issues.filter((i) => i.severity === 'error'),
    warnings: issues.filter((i) => i.severity === 'warning'),
    counts: countVerdicts(files),
    ...(plan.bag ? { bag: plan.bag } : {}),
  };
}
