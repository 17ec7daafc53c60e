import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../src/domain/audit/auditEvent';
import { nextEntry, verifyChain, type StoredEntry } from '../../../../src/domain/audit/hashChain';

async function chain(n: number): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  for (let i = 0; i < n; i++) {
    entries.push(
      await nextEntry(entries.at(-1) ?? null, {
        time: new Date(Date.UTC(2026, 0, i + 1)).toISOString(),
        // Every vault's trail starts with its creation.
        action: i === 0 ? 'vault.created' : 'view',
        subject: `study-${i + 1}`,
        details: { n: i },
      }),
    );
  }
  return entries;
}

const slots = (entries: AuditEntry[]): StoredEntry[] => entries.map((entry) => ({ seq: entry.seq, entry }));
const head = (entries: AuditEntry[]) => {
  const last = entries.at(-1);
  return last ? { seq: last.seq, hash: last.hash } : null;
};

describe('audit hash chain', () => {
  it('verifies an untouched chain', async () => {
    const entries = await chain(5);
    expect(await verifyChain(slots(entries), head(entries))).toEqual({
      valid: true,
      entries: 5,
      problems: [],
    });
  });

  it('detects an altered entry', async () => {
    const entries = await chain(5);
    const tampered = [...entries];
    tampered[2] = { ...entries[2]!, event: { ...entries[2]!.event, subject: 'someone-else' } };
    const report = await verifyChain(slots(tampered), head(entries));
    expect(report.valid).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ seq: 3, kind: 'altered' })]);
  });

  it('detects a deleted entry in the middle and at the end', async () => {
    const entries = await chain(5);
    const middle = await verifyChain(slots(entries.filter((e) => e.seq !== 3)), head(entries));
    expect(middle.problems).toEqual([expect.objectContaining({ seq: 4, kind: 'deleted' })]);
    const end = await verifyChain(slots(entries.slice(0, 4)), head(entries));
    expect(end.problems).toEqual([expect.objectContaining({ kind: 'truncated' })]);
  });

  it('detects an inserted entry, even one with a self-consistent hash', async () => {
    const entries = await chain(4);
    const forged = await nextEntry(entries[1]!, {
      time: '2026-02-01T00:00:00.000Z',
      action: 'delete',
      subject: 'x',
      details: {},
    });
    const withInsert = [entries[0]!, entries[1]!, forged, entries[2]!, entries[3]!];
    const report = await verifyChain(slots(withInsert), head(entries));
    expect(report.problems.map((p) => p.kind)).toContain('inserted');
  });

  it('detects reordered entries', async () => {
    const entries = await chain(5);
    const swapped = [entries[0]!, entries[2]!, entries[1]!, entries[3]!, entries[4]!];
    const report = await verifyChain(slots(swapped), head(entries));
    expect(report.problems.map((p) => p.kind)).toEqual(['reordered', 'reordered']);
  });

  it('reports entries that could not be opened', async () => {
    const entries = await chain(3);
    const stored: StoredEntry[] = [
      { seq: 1, entry: entries[0]! },
      { seq: 2, error: 'authentication failed' },
      { seq: 3, entry: entries[2]! },
    ];
    const report = await verifyChain(stored, head(entries));
    expect(report.problems).toEqual([expect.objectContaining({ seq: 2, kind: 'unreadable' })]);
  });

  it('reports a missing head whenever entries exist', async () => {
    const entries = await chain(3);
    const report = await verifyChain(slots(entries), null);
    expect(report.problems).toEqual([expect.objectContaining({ seq: 3, kind: 'truncated' })]);
  });

  it('reports a head rolled back behind the last entry', async () => {
    const entries = await chain(4);
    const report = await verifyChain(slots(entries), head(entries.slice(0, 2)));
    expect(report.problems).toEqual([expect.objectContaining({ seq: 2, kind: 'rolled-back' })]);
  });

  it('reports a wiped trail of a vault that exists', async () => {
    const entries = await chain(3);
    expect((await verifyChain([], head(entries))).problems).toEqual([
      expect.objectContaining({ kind: 'wiped' }),
    ]);
    expect((await verifyChain([], null, { vaultExists: true })).problems).toEqual([
      expect.objectContaining({ kind: 'wiped' }),
    ]);
    // A browser with no vault has nothing to report.
    expect((await verifyChain([], null)).valid).toBe(true);
  });

  it('reports a trail that does not start with the vault’s creation', async () => {
    const forged = await nextEntry(null, {
      time: '2026-01-01T00:00:00.000Z',
      action: 'view',
      subject: 'study-1',
      details: {},
    });
    const report = await verifyChain([{ seq: 1, entry: forged }], { seq: 1, hash: forged.hash });
    expect(report.problems).toEqual([expect.objectContaining({ seq: 1, kind: 'no-genesis' })]);
  });

  it('names an unreadable head instead of calling it missing', async () => {
    const entries = await chain(2);
    const report = await verifyChain(slots(entries), null, { headUnreadable: 'authentication failed' });
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'unreadable' })]);
    expect(report.problems[0]?.message).toMatch(/authentication failed/);
  });
});
