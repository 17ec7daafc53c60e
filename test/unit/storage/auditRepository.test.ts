import { beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, readAuditTrail } from '../../../src/storage/auditRepository';
import { vaultDatabase } from '../../../src/storage/db';
import { freshVault } from './resetVault';

/** A trail as a vault writes it: its creation first, then views. */
async function appendSome(n: number) {
  await appendAudit('vault.created', 'vault');
  for (let i = 2; i <= n; i++) await appendAudit('view', `study-${i}`, { series: i });
}

describe('audit repository', () => {
  beforeEach(() => freshVault());

  it('appends sealed, hash-chained events that verify', async () => {
    await Promise.all([appendAudit('vault.created', 'vault'), appendAudit('import', 'disc', { files: 3 })]);
    for (let i = 1; i <= 3; i++) await appendAudit('view', `study-${i}`, { series: i });
    const trail = await readAuditTrail();
    expect(trail.report).toEqual({ valid: true, entries: 5, problems: [] });
    expect(trail.entries.map((e) => e.event.action)).toEqual([
      'vault.created',
      'import',
      'view',
      'view',
      'view',
    ]);
    expect(trail.entries[1]?.prevHash).toBe(trail.entries[0]?.hash);
  });

  it('detects a record altered in storage, naming it', async () => {
    await appendSome(3);
    const db = vaultDatabase();
    const row = await db.audit.get(2);
    const sealed = row!.sealed.slice();
    sealed[30] = (sealed[30] ?? 0) ^ 0xff;
    await db.audit.put({ seq: 2, sealed });
    const { report } = await readAuditTrail();
    expect(report.valid).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ seq: 2, kind: 'unreadable' })]);
    expect(report.problems[0]?.message).toMatch(/audit\/2 could not be opened/);
  });

  it('detects deleted, swapped and cut-off entries in storage', async () => {
    await appendSome(5);
    const db = vaultDatabase();
    await db.audit.delete(3);
    expect((await readAuditTrail()).report.problems).toEqual([
      expect.objectContaining({ seq: 4, kind: 'deleted' }),
    ]);

    const [one, two] = [await db.audit.get(1), await db.audit.get(2)];
    await db.audit.bulkPut([
      { seq: 1, sealed: two!.sealed },
      { seq: 2, sealed: one!.sealed },
    ]);
    const swapped = (await readAuditTrail()).report.problems.map((p) => `${p.seq}:${p.kind}`);
    expect(swapped).toEqual(expect.arrayContaining(['1:unreadable', '2:unreadable']));

    await db.audit.delete(5);
    expect((await readAuditTrail()).report.problems.map((p) => p.kind)).toContain('truncated');
  });

  it('detects the head deleted, the trail cut with its head rolled back, and the trail wiped', async () => {
    await appendSome(4);
    const db = vaultDatabase();
    const oldHead = await db.settings.get('audit-head');
    await appendAudit('delete', 'study-2');
    await db.settings.delete('audit-head');
    expect((await readAuditTrail()).report.problems).toEqual([
      expect.objectContaining({ seq: 5, kind: 'truncated' }),
    ]);

    // An older head put back: the trail runs past it.
    await db.settings.put(oldHead!);
    expect((await readAuditTrail()).report.problems).toEqual([
      expect.objectContaining({ seq: 4, kind: 'rolled-back' }),
    ]);

    await db.audit.clear();
    await db.settings.delete('audit-head');
    const wiped = await readAuditTrail();
    expect(wiped.report.valid).toBe(false);
    expect(wiped.report.problems).toEqual([expect.objectContaining({ kind: 'wiped' })]);
  });

  it('detects a trail whose first entry is not the vault’s creation', async () => {
    await appendAudit('view', 'study-1');
    expect((await readAuditTrail()).report.problems).toEqual([
      expect.objectContaining({ seq: 1, kind: 'no-genesis' }),
    ]);
  });
});
