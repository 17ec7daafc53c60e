import {
  FILE_VERDICTS,
  type FileResult,
  type FileVerdict,
  type PackageVerdict,
  type VerifyIssue,
} from './types';

export function countVerdicts(files: readonly FileResult[]): Record<FileVerdict, number> {
  const counts = Object.fromEntries(FILE_VERDICTS.map((v) => [v, 0])) as Record<FileVerdict, number>;
  for (const f of files) counts[f.verdict] += 1;
  return counts;
}

/**
 * Worst first: a malformed package is invalid whatever its files say; then anything absent makes it
 * incomplete (a holey bag's unfetched files and unreadable ones included: they stay unverified);
 * then altered or added content; otherwise valid.
 */
export function packageVerdict(files: readonly FileResult[], issues: readonly VerifyIssue[]): PackageVerdict {
  if (issues.some((i) => i.severity === 'error' && i.kind === 'structure')) return 'invalid';
  if (files.some((f) => f.verdict === 'unsafe-path')) return 'invalid';
  if (files.some((f) => f.verdict === 'missing' || f.verdict === 'to-fetch' || f.verdict === 'unreadable'))
    return 'incomplete';
  if (files.some((f) => f.verdict === 'altered' || f.verdict === 'extra')) return 'complete-but-altered';
  if (issues.some((i) => i.severity === 'error')) return 'complete-but-altered';
  return 'valid';
}
