import { ALGORITHM_STRENGTH, type FileDigests } from './algorithms';
import { shortFingerprint } from './fingerprint';
import {
  FILE_VERDICTS,
  type FileResult,
  type FileVerdict,
  type PackageVerdict,
  type VerificationResult,
} from './types';

export interface ReceiptMeta {
  /** The ZIP's or folder's name. */
  readonly packageName: string;
  /** SHA-256 of the received ZIP (the package fingerprint), when verification started from one. */
  readonly fingerprint?: string;
  readonly verifiedAt: Date;
  /** e.g. "Imaging Vault 0.1.0". */
  readonly verifiedWith?: string;
}

export const VERDICT_LABEL: Readonly<Record<FileVerdict, string>> = {
  ok: 'OK',
  altered: 'Altered',
  missing: 'Missing',
  extra: 'Extra',
  'unsafe-path': 'Unsafe path',
  'to-fetch': 'To be fetched, not verified',
  unreadable: 'Unreadable',
};

export const PACKAGE_VERDICT_LABEL: Readonly<Record<PackageVerdict, string>> = {
  valid: 'Valid: every file arrived unchanged',
  'complete-but-altered': 'Complete but altered: nothing is missing, but some content differs or was added',
  incomplete: 'Incomplete: files are missing or unreadable',
  invalid: 'Invalid: the package itself is malformed',
};

/**
 * UTC with the zone spelled out: the receipt travels between countries, and a local time without its
 * zone would be ambiguous to the other side.
 */
export function formatReceiptTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** The strongest digest of a set, as "sha256 abcd...", or "" when there is none. */
export function strongestDigest(d: FileDigests): string {
  const algorithm = ALGORITHM_STRENGTH.find((a) => d[a]);
  return algorithm ? `${algorithm} ${d[algorithm] ?? ''}` : '';
}

/** Problems first (in the order of FILE_VERDICTS after ok), then the good files, each by path. */
export function receiptOrder(files: readonly FileResult[]): FileResult[] {
  const rank = (v: FileVerdict) => (v === 'ok' ? FILE_VERDICTS.length : FILE_VERDICTS.indexOf(v));
  return [...files].sort(
    (a, b) => rank(a.verdict) - rank(b.verdict) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}

export function countLine(result: VerificationResult): string {
  return FILE_VERDICTS.filter((v) => result.counts[v] > 0 || v === 'ok')
    .map((v) => `${VERDICT_LABEL[v]}: ${result.counts[v]}`)
    .join(', ');
}

/** A plain-text summary of the receipt, for an e-mail body or the clipboard. */
export function renderReceiptText(result: VerificationResult, meta: ReceiptMeta): string {
  const lines = [
    `Verification receipt: ${meta.packageName}`,
    `Verdict: ${PACKAGE_VERDICT_LABEL[result.verdict]}`,
    `Verified: ${formatReceiptTime(meta.verifiedAt)}${meta.verifiedWith ? ` with ${meta.verifiedWith}` : ''}`,
  ];
  if (meta.fingerprint)
    lines.push(
      `Package fingerprint (SHA-256): ${meta.fingerprint} (short: ${shortFingerprint(meta.fingerprint)})`,
    );
  if (result.bag) lines.push(`BagIt ${result.bag.version}, tag files in ${result.bag.encoding}`);
  lines.push(`Files: ${countLine(result)}`);
  const problems = receiptOrder(result.files).filter((f) => f.verdict !== 'ok');
  if (problems.length > 0)
    lines.push(
      '',
      'Files with problems:',
      ...problems.map((f) => `  ${VERDICT_LABEL[f.verdict]}: ${f.path}${f.reason ? ` (${f.reason})` : ''}`),
    );
  const structural = result.errors.filter((e) => e.kind === 'structure');
  if (structural.length > 0) lines.push('', 'Errors:', ...structural.map((e) => `  ${e.message}`));
  if (result.warnings.length > 0)
    lines.push('', 'Warnings:', ...result.warnings.map((w) => `  ${w.message}`));
  return `${lines.join('\n')}\n`;
}
