import { beforeEach, describe, expect, it } from 'vitest';
import type { BackupRecord } from '../../../src/domain/backup';
import { appendAudit, readAuditTrail } from '../../../src/storage/auditRepository';
import { deleteStudyRows } from '../../../src/storage/catalogDelete';
import {
  readRecords,
  restoreAuditTrail,
  snapshotKeys,
  vaultTablesEmpty,
  writeRestoredRecords,
} from '../../../src/storage/backupRepository';
import { beginFreshRestore, finishFreshRestore } from '../../../src/storage/lifecycleRepository';
import { restoreMarker } from './restoreMarker';
import { unlockedVaultId } from '../../../src/crypto/keyring';
import type { VaultKeyMaterial } from '../../../src/crypto/vaultKeys';
import Dexie from 'dexie';
import { closeVaultDatabase } from '../../../src/storage/db';
import { DATABASE_NAME } from '../../../src/storage/schema';
import {
  sealInstance,
  sealPatient,
  sealSeries,
  sealStudy,
  writeCatalogRows,
} from '../../../src/storage/catalogRepository';
import { vaultDatabase } from '../../../src/storage/db';
import { readOriginal, storeOriginal } from '../../../src/storage/originalsRepository';
import { freshVault } from './resetVault';
import { partial } from './partialCatalogValue';

const sha = (n: number) => n.toString(16).padStart(64, '0');

/** Two studies of one patient; study B's instance shares its file with study A. */
async function twoStudies() {
  const a = await storeOriginal(new Uint8Array([1, 2, 3]), sha(1));
  const b = await storeOriginal(new Uint8Array([4, 5, 6, 7]), sha(2));
  await writeCatalogRows({
    patients: [await sealPatient('p', { info: {} })],
    studies: [await sealStudy('A', 'p', partial({ n: 'A' })), await sealStudy('B', 'p', partial({ n: 'B' }))],
    series: [await sealSeries('sA', 'A', partial({})), await sealSeries('sB', 'B', partial({}))],
    instances: [
      await sealInstance('iA1', 'sA', a.address, partial({})),
      await sealInstance('iA2', 'sA', b.address, partial({})),
      await sealInstance('iB1', 'sB', a.address, partial({})),
    ],
  });
  return { a: a.address, b: b.address };
}

async function allRecords(): Promise<BackupRecord[]> {
  const keys = await snapshotKeys();
  const out: BackupRecord[] = [];
  for (const [table, list] of keys) out.push(...(await readRecords(table, list)));
  return out;
}

describe('backup repository', () => {
  let material: VaultKeyMaterial;
  // A vault's trail starts with its creation, as confirmCreate writes it.
  beforeEach(async () => {
    material = (await freshVault()).material;
    await appendAudit('vault.created', 'vault');
  });
  const merge = () => ({ mode: 'merge' as const, vaultId: unlockedVaultId() ?? '' });

  it('exports sealed rows as they are and restores them into an emptied database', async () => {
    const { a } = await twoStudies();
    await appendAudit('import', 'disc', {});
    const records = await allRecords();
    expect(records.filter((r) => r.descriptor.table === 'chunks')).toHaveLength(2);
    // A fresh profile: the same keys are still in the keyring, as after unlocking the restored vault.
    closeVaultDatabase();
    await Dexie.delete(DATABASE_NAME);
    expect(await vaultTablesEmpty()).toBe(true);
    await beginFreshRestore(restoreMarker(material));
    const audit = records.filter((r) => r.descriptor.table === 'audit');
    const head = records.find((r) => r.descriptor.row['key'] === 'audit-head') ?? null;
    const outcome = await writeRestoredRecords(records, { mode: 'fresh', material });
    expect(outcome.added).toBe(records.length - audit.length - 1);
    await restoreAuditTrail(audit, head, 'fresh');
    await finishFreshRestore(material);
    expect([...(await readOriginal(a))]).toEqual([1, 2, 3]);
    const trail = await readAuditTrail();
    expect(trail.report.valid).toBe(true);
    expect(trail.entries.at(-1)?.event.action).toBe('import');
  });

  it('merges without duplicating or overwriting, and extends the audit chain only where it continues', async () => {
    await twoStudies();
    await appendAudit('import', 'disc', {});
    const before = await allRecords();
    await appendAudit('view', 'study', {});
    const later = await allRecords();
    // Merging the older backup into the newer vault adds nothing and keeps the chain valid.
    const old = await writeRestoredRecords(before, merge());
    expect(old.added).toBe(0);
    const auditOf = (rs: BackupRecord[]) => rs.filter((r) => r.descriptor.table === 'audit');
    const headOf = (rs: BackupRecord[]) => rs.find((r) => r.descriptor.row['key'] === 'audit-head') ?? null;
    expect(await restoreAuditTrail(auditOf(before), headOf(before), 'merge')).toEqual({
      added: 0,
      divergedAfter: null,
    });
    // A vault that lost its last entry and a study gets them back from the newer backup.
    const lastSeq = Math.max(...auditOf(later).map((r) => Number(r.descriptor.row['seq'])));
    await vaultDatabase().audit.delete(lastSeq);
    await deleteStudyRows('B', unlockedVaultId() ?? '');
    const merged = await writeRestoredRecords(later, merge());
    expect(merged.added).toBe(3); // study B, its series and its instance (the file is shared with A)
    expect(merged.addedInstanceSeries).toEqual(['sB']);
    expect(await restoreAuditTrail(auditOf(later), headOf(later), 'merge')).toEqual({
      added: 1,
      divergedAfter: null,
    });
    expect((await readAuditTrail()).report.valid).toBe(true);
    // A backup whose trail went another way after entry 1 is not grafted on.
    const forked = auditOf(later).map((r) =>
      Number(r.descriptor.row['seq']) > 1 ? { ...r, sealed: new Uint8Array([9, 9, 9]) } : r,
    );
    expect(await restoreAuditTrail(forked, null, 'merge')).toEqual({ added: 0, divergedAfter: 1 });
  });

  it('deletes a study with the files only it used, keeping files another study shares', async () => {
    const { a, b } = await twoStudies();
    const deleted = await deleteStudyRows('A', unlockedVaultId() ?? '');
    expect(deleted).toEqual({ instances: 2, series: 1, originals: [b], patientRemoved: false });
    expect([...(await readOriginal(a))]).toEqual([1, 2, 3]);
    await expect(readOriginal(b)).rejects.toThrow(/No stored original/);
    expect(await vaultDatabase().chunks.where('address').equals(b).count()).toBe(0);
    const last = await deleteStudyRows('B', unlockedVaultId() ?? '');
    expect(last).toEqual({ instances: 1, series: 1, originals: [a], patientRemoved: true });
    expect(await vaultDatabase().patients.count()).toBe(0);
  });

  it('grafts no later audit entries from a backup that lost its head', async () => {
    await appendAudit('import', 'disc', {});
    await appendAudit('view', 'study', {});
    const later = await allRecords();
    const lastSeq = Math.max(
      ...later.filter((r) => r.descriptor.table === 'audit').map((r) => Number(r.descriptor.row['seq'])),
    );
    await vaultDatabase().audit.delete(lastSeq);
    const headless = later.filter((r) => r.descriptor.table === 'audit');
    expect(await restoreAuditTrail(headless, null, 'merge')).toEqual({
      added: 0,
      divergedAfter: lastSeq - 1,
    });
  });
});
