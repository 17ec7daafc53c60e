import { describe, expect, it } from 'vitest';
import { backupNudge, protectionReport } from '../../../../src/domain/stewardship';

const now = new Date('2026-12-04T12:00:00.000Z');
const daysAgo = (n: number) => ({ at: new Date(now.getTime() - n * 86_400_000).toISOString() });

describe('what protects the vault', () => {
  it('names each protection that holds and each that does not', () => {
    expect(protectionReport({ persisted: true, installed: true, lastBackup: daysAgo(3), now })).toEqual([
      { item: 'persisted', protects: true },
      { item: 'installed', protects: true },
      { item: 'backup-recent', protects: true },
    ]);
    expect(protectionReport({ persisted: false, installed: false, lastBackup: null, now })).toEqual([
      { item: 'not-persisted', protects: false },
      { item: 'not-installed', protects: false },
      { item: 'backup-none', protects: false },
    ]);
  });

  it('says when the browser cannot tell, and when the last backup is more than a month old', () => {
    const lines = protectionReport({ persisted: null, installed: false, lastBackup: daysAgo(31), now });
    expect(lines.map((l) => l.item)).toEqual(['persistence-unknown', 'not-installed', 'backup-stale']);
  });
});

describe('the backup reminder after an import', () => {
  it('comes after every import until a first backup, then monthly', () => {
    expect(backupNudge(null, now)).toBe('first');
    expect(backupNudge(daysAgo(1), now)).toBeNull();
    expect(backupNudge(daysAgo(30), now)).toBeNull();
    expect(backupNudge(daysAgo(31), now)).toBe('monthly');
  });
});
