import type { AuditEntry } from '../../domain/audit/auditEvent';
import type { ChainReport } from '../../domain/audit/hashChain';
import { toCsv } from '../../domain/records';

/**
 * The chain-of-custody record: every entry with its hashes, so anyone can recompute the chain
 * (SHA-256 over the canonical JSON of {seq, event, prevHash}) without this app.
 */
export function auditTrailJson(
  entries: readonly AuditEntry[],
  report: ChainReport,
  vaultId: string,
  now: Date,
): string {
  return JSON.stringify(
    {
      format: 'imaging-vault-audit-trail',
      version: 1,
      vaultId,
      exportedAt: now.toISOString(),
      hashing:
        'hash = SHA-256 hex of canonical JSON {event, prevHash, seq} (keys sorted); prevHash of entry 1 is 64 zeros',
      verification: { valid: report.valid, entries: report.entries, problems: report.problems },
      entries,
    },
    null,
    2,
  );
}

function details(entry: AuditEntry): string {
  return Object.entries(entry.event.details)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('; ');
}

export function auditTrailCsv(entries: readonly AuditEntry[]): string {
  return toCsv(entries, [
    { header: 'Seq', value: (e) => e.seq },
    { header: 'Time (UTC)', value: (e) => e.event.time },
    { header: 'Action', value: (e) => e.event.action },
    { header: 'Subject', value: (e) => e.event.subject },
    { header: 'Details', value: details },
    { header: 'Previous hash', value: (e) => e.prevHash },
    { header: 'Hash', value: (e) => e.hash },
  ]);
}

export interface AuditFilter {
  readonly action: string;
  readonly text: string;
  /** YYYY-MM-DD, inclusive; '' for no bound. */
  readonly from: string;
  readonly to: string;
}

export function filterEntries(entries: readonly AuditEntry[], filter: AuditFilter): AuditEntry[] {
  const text = filter.text.trim().toLowerCase();
  return entries.filter((e) => {
    if (filter.action && e.event.action !== filter.action) return false;
    const day = e.event.time.slice(0, 10);
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
    if (text && !`${e.event.subject} ${details(e)} ${e.event.action}`.toLowerCase().includes(text))
      return false;
    return true;
  });
}
