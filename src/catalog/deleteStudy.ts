import { unlockedVaultId } from '../crypto/keyring';
import { announceVaultEvent } from '../protocol/vaultChannel';
import { appendAudit } from '../storage/auditRepository';
import { deleteStudyRows } from '../storage/catalogDelete';
import { readInstances, readSeries } from '../storage/catalogRepository';
import { readOriginalInfo } from '../storage/originalsRepository';
import { withLifecycleLock } from '../storage/lifecycleLock';
import { t } from '../ui/i18n/catalog';

export interface DeletedStudyReport {
  readonly instances: number;
  readonly files: number;
  /** Bytes of original files removed (shared files another study still uses stay). */
  readonly bytes: number;
}

/**
 * Deletes a study and the stored files only it used, and audits it: under the life-cycle lock, so no
 * restore or sweep in another tab writes meanwhile; the other tabs' views then reload.
 */
export async function deleteStudy(studyId: string, label: string): Promise<DeletedStudyReport> {
  // Straight under the lock: nothing in here raises a life-cycle conflict to be put in words.
  const report = await withLifecycleLock(() => deleteUnderLock(studyId, label));
  announceVaultEvent('deleted');
  return report;
}

async function deleteUnderLock(studyId: string, label: string): Promise<DeletedStudyReport> {
  const vaultId = unlockedVaultId();
  if (!vaultId) throw new Error(t('lifecycle.notUnlocked'));
  const sizes = new Map<string, number>();
  // Damaged rows are deleted with the study all the same (by their clear ids); only sizes come from here.
  for (const series of (await readSeries(studyId)).items) {
    for (const instance of (await readInstances(series.id)).items) {
      if (sizes.has(instance.address)) continue;
      sizes.set(instance.address, (await readOriginalInfo(instance.address))?.size ?? 0);
    }
  }
  const deleted = await deleteStudyRows(studyId, vaultId);
  const bytes = deleted.originals.reduce((n, a) => n + (sizes.get(a) ?? 0), 0);
  await appendAudit('delete', label, {
    instances: deleted.instances,
    series: deleted.series,
    files: deleted.originals.length,
    bytes,
    patientRemoved: deleted.patientRemoved,
  });
  return { instances: deleted.instances, files: deleted.originals.length, bytes };
}
