import { vaultDatabase } from './db';
import { checkVaultIs } from './lifecycleRepository';

export interface DeletedStudy {
  readonly instances: number;
  readonly series: number;
  /** Originals removed because no other instance referenced them. */
  readonly originals: readonly string[];
  readonly patientRemoved: boolean;
}

/**
 * Deletes a study with its series and instances, and each original file (info and chunks) no other
 * instance still references — one transaction, so the library never shows half a study. The patient
 * goes too when this was their last study.
 */
export async function deleteStudyRows(studyId: string, vaultId: string): Promise<DeletedStudy> {
  const db = vaultDatabase();
  return db.transaction(
    'rw',
    [db.meta, db.patients, db.studies, db.series, db.instances, db.originals, db.chunks],
    async () => {
      await checkVaultIs(db, vaultId);
      const study = await db.studies.get(studyId);
      if (!study) throw new Error('That study is no longer in the vault.');
      const seriesIds = (await db.series.where('studyId').equals(studyId).primaryKeys()) as string[];
      const instances = seriesIds.length
        ? await db.instances.where('seriesId').anyOf(seriesIds).toArray()
        : [];
      const ids = new Set(instances.map((i) => i.id));
      const orphaned: string[] = [];
      for (const address of new Set(instances.map((i) => i.address))) {
        const users = (await db.instances.where('address').equals(address).primaryKeys()) as string[];
        if (users.every((id) => ids.has(id))) orphaned.push(address);
      }
      for (const address of orphaned) await db.chunks.where('address').equals(address).delete();
      await db.originals.bulkDelete(orphaned);
      await db.instances.bulkDelete([...ids]);
      await db.series.bulkDelete(seriesIds);
      await db.studies.delete(studyId);
      const others = await db.studies.where('patientId').equals(study.patientId).count();
      if (others === 0) await db.patients.delete(study.patientId);
      return {
        instances: ids.size,
        series: seriesIds.length,
        originals: orphaned,
        patientRemoved: others === 0,
      };
    },
  );
}
