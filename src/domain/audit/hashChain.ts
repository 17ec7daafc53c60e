import { canonicalJson } from '../json/canonicalJson';
import { GENESIS_HASH, type AuditEntry, type AuditEvent } from './auditEvent';
import { sha256HexOfText } from '../hash/sha256';

export async function entryHash(seq: number, event: AuditEvent, prevHash: string): Promise<string> {
  return sha256HexOfText(canonicalJson({ seq, event, prevHash }));
}

/** The entry that follows `previous` (or starts the chain). */
export async function nextEntry(previous: AuditEntry | null, event: AuditEvent): Promise<AuditEntry> {
  const seq = previous ? previous.seq + 1 : 1;
  const prevHash = previous ? previous.hash : GENESIS_HASH;
  return { seq, event, prevHash, hash: await entryHash(seq, event, prevHash) };
}

export type ChainProblemKind =
  | 'altered'
  | 'deleted'
  | 'inserted'
  | 'reordered'
  | 'unreadable'
  | 'truncated'
  | 'rolled-back'
  | 'wiped'
  | 'no-genesis';

export interface ChainProblem {
  readonly seq: number;
  readonly kind: ChainProblemKind;
  readonly message: string;
}

export interface ChainReport {
  readonly valid: boolean;
  readonly entries: number;
  readonly problems: readonly ChainProblem[];
}

/** A stored slot: the entry if it could be opened, else why not. */
export type StoredEntry =
  { readonly seq: number; readonly entry: AuditEntry } | { readonly seq: number; readonly error: string };

export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

export interface VerifyOptions {
  /**
   * The vault exists, so its trail cannot be empty: creating a vault always writes `vault.created`
   * first. Without this an attacker who deletes every entry and the head leaves nothing to compare.
   */
  readonly vaultExists?: boolean;
  /** The head is stored but could not be opened: why (reported instead of "missing"). */
  readonly headUnreadable?: string | undefined;
}

/**
 * Checks the chain in storage order. Each entry's own hash must match its content (else it was
 * altered), its seq must match the slot it is stored in and follow the previous one (else entries were
 * deleted, inserted or reordered), and its prevHash must be the previous entry's hash. The first entry
 * must be `vault.created` (a trail cut at its start). `head` is the last entry the vault knows it
 * wrote: missing while entries exist, behind the last entry (an older head put back), or ahead of it
 * (the end cut off), the trail was truncated or rolled back.
 */
export async function verifyChain(
  stored: readonly StoredEntry[],
  head: ChainHead | null,
  options: VerifyOptions = {},
): Promise<ChainReport> {
  const problems: ChainProblem[] = [];
  const report = (seq: number, kind: ChainProblemKind, message: string) =>
    problems.push({ seq, kind, message });
  const seqsPresent = new Set(stored.flatMap((slot) => ('entry' in slot ? [slot.entry.seq] : [])));
  let previous: AuditEntry | null = null;
  let expectedSeq = 1;
  for (const slot of stored) {
    if ('error' in slot) {
      report(slot.seq, 'unreadable', `Entry ${slot.seq} cannot be opened: ${slot.error}`);
      previous = null;
      expectedSeq = slot.seq + 1;
      continue;
    }
    const { entry } = slot;
    if ((await entryHash(entry.seq, entry.event, entry.prevHash)) !== entry.hash) {
      report(slot.seq, 'altered', `Entry ${slot.seq} was altered after it was written.`);
    } else if (entry.seq > expectedSeq) {
      const skipped = Array.from({ length: entry.seq - expectedSeq }, (_, i) => expectedSeq + i);
      if (skipped.some((seq) => seqsPresent.has(seq))) {
        report(
          slot.seq,
          'reordered',
          `Entry ${entry.seq} comes before entry ${expectedSeq}: entries were moved.`,
        );
      } else {
        report(
          slot.seq,
          'deleted',
          `Entries ${expectedSeq}–${entry.seq - 1} are missing before entry ${entry.seq}.`,
        );
      }
    } else if (entry.seq < expectedSeq) {
      if (previous && entry.seq === previous.seq) {
        report(slot.seq, 'inserted', `A second entry ${entry.seq} was inserted into the trail.`);
      } else {
        report(slot.seq, 'reordered', `Entry ${entry.seq} comes after later entries: entries were moved.`);
      }
    } else {
      const expectedPrev = previous ? previous.hash : entry.seq === 1 ? GENESIS_HASH : null;
      if (expectedPrev !== null && entry.prevHash !== expectedPrev) {
        report(
          slot.seq,
          'inserted',
          `Entry ${entry.seq} does not follow the entry before it: one was inserted or replaced.`,
        );
      }
    }
    // An entry found behind its place does not move the chain's tip: the next one still follows the tip.
    if (entry.seq >= expectedSeq) {
      previous = entry;
      expectedSeq = entry.seq + 1;
    }
  }
  const first = stored[0];
  if (first && 'entry' in first && first.entry.seq === 1 && first.entry.event.action !== 'vault.created') {
    report(
      1,
      'no-genesis',
      `The trail starts with “${first.entry.event.action}”, not with the vault’s creation: it was replaced from its start.`,
    );
  }
  if (stored.length === 0 && (head || options.vaultExists)) {
    report(
      head?.seq ?? 0,
      'wiped',
      head
        ? `The trail is empty, but the vault wrote ${head.seq} entries: they were deleted.`
        : 'The trail is empty, but this vault exists and always records its creation: the trail was deleted.',
    );
  } else if (options.headUnreadable !== undefined) {
    report(
      stored.at(-1)?.seq ?? 0,
      'unreadable',
      `The record of the trail’s last entry (its head) cannot be opened: ${options.headUnreadable}`,
    );
  } else if (!head && stored.length > 0) {
    report(
      stored.at(-1)?.seq ?? 0,
      'truncated',
      'The record of the trail’s last entry (its head) is missing: entries may have been cut off its end.',
    );
  }
  if (head && stored.length > 0) {
    const last = stored.at(-1);
    const lastEntry = last && 'entry' in last ? last.entry : null;
    if (!last || last.seq < head.seq) {
      report(
        head.seq,
        'truncated',
        `The trail ends at entry ${last?.seq ?? 0}, but the vault wrote ${head.seq}: its end was deleted.`,
      );
    } else if (lastEntry && lastEntry.seq === head.seq && lastEntry.hash !== head.hash) {
      report(head.seq, 'altered', `The last entry ${head.seq} is not the one the vault wrote.`);
    } else if (lastEntry && lastEntry.seq > head.seq) {
      report(
        head.seq,
        'rolled-back',
        `The trail's head names entry ${head.seq}, but the trail goes on to ${lastEntry.seq}: an older head was put back.`,
      );
    }
  }
  return { valid: problems.length === 0, entries: stored.length, problems };
}
