import { appendAudit } from '../../storage/auditRepository';
import { deleteStudyRows } from '../../storage/backupRepository';
import { readInstances, readSeries } from '../../storage/catalogRepository';
import { readOriginalInfo } from '../../storage/originalsRepository';

export interface DeletedStudyReport {
  readonly instances: number;
  readonly files: number;
  /** Bytes of original files removed (shared files another study still uses stay). */
  readonly bytes: number;
}

/** Deletes a study and the stored files only it used, and audits it. */
export async function deleteStudy(studyId: string, label: string): Promise<DeletedStudyReport> {
  const sizes = new Map<string, number>();
  // Damaged rows are deleted with the study all the same (by their clear ids); only sizes come from here.
  for (const series of (await readSeries<unknown>(studyId)).items) {
    for (const instance of (await readInstances<unknown>(series.id)).items) {
      if (sizes.has(instance.address)) continue;
      sizes.set(instance.address, (await readOriginalInfo(instance.address))?.size ?? 0);
    }
  }
  const deleted = await deleteStudyRows(studyId);
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
