import type { BackupProblem } from './backupSource';
import { BACKUP_TABLES, type BackupHeader } from './format';

/**
 * Without an index (a backup cut short before its end), only the header's counts tell what is
 * missing: one problem per table that came back short, beyond the records already named as damaged.
 */
export function missingByCounts(
  header: BackupHeader,
  delivered: ReadonlySet<string>,
  named: ReadonlySet<string>,
): BackupProblem[] {
  const got = new Map<string, number>();
  for (const key of [...delivered, ...named]) {
    const table = key.split('/')[0] ?? '';
    got.set(table, (got.get(table) ?? 0) + 1);
  }
  const problems: BackupProblem[] = [];
  for (const table of BACKUP_TABLES) {
    const expected = header.counts[table] ?? 0;
    const found = got.get(table) ?? 0;
    if (found < expected) {
      problems.push({
        what: `${expected - found} of ${expected} ${table} records`,
        reason: 'they are missing: the backup ends before them',
      });
    }
  }
  return problems;
}
