import { describeRecord } from '../crypto/envelope';
import type { AuditAction, AuditEntry, AuditEvent } from '../domain/audit/auditEvent';
import {
  nextEntry,
  verifyChain,
  type ChainHead,
  type ChainReport,
  type StoredEntry,
} from '../domain/audit/hashChain';
import { vaultDatabase } from './db';
import { openPayload, payloadKind, sealPayload } from './payloads';
import { errorMessage } from '../domain/text/errorMessage';

const auditEntry = payloadKind<AuditEntry>('audit entry');
const auditHead = payloadKind<ChainHead>('audit head');
const HEAD_KEY = 'audit-head';
const entryIdentity = (seq: number) => ({ table: 'audit', id: String(seq) });
const headIdentity = { table: 'settings', id: HEAD_KEY };

let queue: Promise<unknown> = Promise.resolve();

/**
 * Appends an event to the hash-chained trail. Appends from this window run one at a time; another
 * window appending at the same moment is detected inside the write transaction and the entry is
 * re-chained, so the chain never forks. The head (last seq and hash) is stored sealed beside it so a
 * cut-off end is detected too.
 */
export function appendAudit(
  action: AuditAction,
  subject: string,
  details: AuditEvent['details'] = {},
  time = new Date(),
): Promise<AuditEntry> {
  const event: AuditEvent = { time: time.toISOString(), action, subject, details };
  const next = queue.then(() => appendNow(event));
  queue = next.catch(() => undefined);
  return next;
}

async function lastEntry(): Promise<AuditEntry | null> {
  const row = await vaultDatabase().audit.orderBy(':id').last();
  return row ? openPayload(auditEntry, entryIdentity(row.seq), row.sealed) : null;
}

async function appendNow(event: AuditEvent): Promise<AuditEntry> {
  const db = vaultDatabase();
  for (let attempt = 0; attempt < 5; attempt++) {
    const previous = await lastEntry();
    const entry = await nextEntry(previous, event);
    // Sealed before the transaction: no WebCrypto call may run inside a Dexie transaction.
    const sealed = await sealPayload(auditEntry, entryIdentity(entry.seq), entry);
    const head = await sealPayload(auditHead, headIdentity, { seq: entry.seq, hash: entry.hash });
    const written = await db.transaction('rw', db.audit, db.settings, async () => {
      const last = await db.audit.orderBy(':id').last();
      if ((last?.seq ?? 0) !== (previous?.seq ?? 0)) return false;
      await db.audit.add({ seq: entry.seq, sealed });
      await db.settings.put({ key: HEAD_KEY, sealed: head });
      return true;
    });
    if (written) return entry;
  }
  throw new Error(
    'The audit trail is being written by another window at the same time; the action was not recorded.',
  );
}

export interface AuditTrail {
  readonly entries: readonly AuditEntry[];
  readonly report: ChainReport;
}

/** Every entry that can be opened, and the chain's verification over all of them. */
export async function readAuditTrail(): Promise<AuditTrail> {
  const db = vaultDatabase();
  const [rows, headRow] = await Promise.all([db.audit.orderBy(':id').toArray(), db.settings.get(HEAD_KEY)]);
  const stored: StoredEntry[] = [];
  for (const row of rows) {
    try {
      stored.push({ seq: row.seq, entry: await openPayload(auditEntry, entryIdentity(row.seq), row.sealed) });
    } catch (error) {
      stored.push({ seq: row.seq, error: errorMessage(error) });
    }
  }
  let head: ChainHead | null = null;
  let headUnreadable: string | undefined;
  if (headRow) {
    try {
      head = await openPayload(auditHead, headIdentity, headRow.sealed);
    } catch (error) {
      const reason = errorMessage(error);
      headUnreadable = `${describeRecord(headIdentity)}: ${reason}`;
    }
  }
  // Reading the trail needs the vault unlocked, so the vault exists and its trail cannot be empty.
  const report = await verifyChain(stored, head, { vaultExists: true, headUnreadable });
  return { entries: stored.flatMap((s) => ('entry' in s ? [s.entry] : [])), report };
}
