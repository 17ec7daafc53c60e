import type { BackupProblem } from '../../domain/backup';
import { listDocuments, putDocument, restoreRunKind, type RestoreRun } from '../../documents';
import { appendAudit, readAuditTrail } from '../../storage/auditRepository';
import { authenticateRestored } from './authenticateRestored';
import type { RestoreReport } from './restoreBackup';

export type { RestoreRun } from '../../documents';

/**
 * Keeps the restore's report (sealed) and audits it; needs the vault unlocked. First runs the
 * authentication a fresh restore had to leave for the unlock: records that fail it are removed and
 * named in the kept report.
 */
export async function recordRestore(
  report: RestoreReport,
  mode: 'fresh' | 'merge',
  now = new Date(),
): Promise<RestoreRun> {
  const { deferred = [], ...rest } = report;
  const refused = await authenticateRestored(deferred);
  const trail = await restoredTrailProblems();
  const run: RestoreRun = {
    ...rest,
    problems: [...report.problems, ...refused, ...trail],
    at: now.toISOString(),
    mode,
  };
  await putDocument(restoreRunKind, run.at, run);
  await appendAudit('restore', 'vault', {
    mode,
    from: report.where,
    backupDate: report.backupDate,
    restored: report.restored,
    skipped: report.skipped,
    problems: run.problems.length,
  });
  return run;
}

/**
 * The backup carries the audit trail with its head; once restored, the trail is checked like the
 * vault's own (a head missing or behind its entries, a cut or wiped trail), so a backup whose trail was
 * cut says so in the restore report.
 */
async function restoredTrailProblems(): Promise<BackupProblem[]> {
  const { report } = await readAuditTrail();
  return report.problems.map((problem) => ({
    what: 'the audit trail',
    reason: problem.message,
  }));
}

export async function lastRestore(): Promise<RestoreRun | null> {
  const runs = (await listDocuments(restoreRunKind)).map((d) => d.value);
  return runs.sort((a, b) => (a.at < b.at ? 1 : -1))[0] ?? null;
}
