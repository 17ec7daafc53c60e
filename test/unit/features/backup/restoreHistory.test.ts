import { beforeEach, describe, expect, it } from 'vitest';
import type { RestoreReport } from '../../../../src/features/backup/restoreBackup';
import { recordRestore } from '../../../../src/features/backup/restoreHistory';
import { appendAudit } from '../../../../src/storage/auditRepository';
import { vaultDatabase } from '../../../../src/storage/db';
import { freshVault } from '../../storage/resetVault';

const report: RestoreReport = {
  vaultId: 'v',
  backupDate: '2026-01-02T00:00:00.000Z',
  where: 'backup.ivbackup',
  restored: 3,
  skipped: 0,
  problems: [],
  auditAdded: 2,
  auditDivergedAfter: null,
  addedInstanceSeries: [],
};

describe('recording a restore', () => {
  beforeEach(async () => {
    await freshVault();
    await appendAudit('vault.created', 'vault');
    await appendAudit('import', 'disc');
  });

  it('checks the restored audit trail against the head the backup carried', async () => {
    expect((await recordRestore(report, 'fresh')).problems).toEqual([]);
    // A backup whose trail lost its head: the restored trail says its end may be cut.
    await vaultDatabase().settings.delete('audit-head');
    const run = await recordRestore(report, 'fresh');
    expect(run.problems).toEqual([
      expect.objectContaining({
        what: 'the audit trail',
        reason: expect.stringMatching(/head\) is missing/),
      }),
    ]);
  });
});
