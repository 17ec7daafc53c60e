import { opaqueId } from '../crypto/keyring';
import { groupInstances, groupKeys, seriesFlags, type Flag, type GroupInput } from '../domain/dicom';
import {
  readInstances,
  sealPatient,
  sealSeries,
  sealStudy,
  writeCatalogRows,
} from '../storage/catalogRepository';
import { seriesIdsOfStudy } from '../storage/catalogRepository';
import type { StoredSeries, StoredStudy } from './model';

/**
 * The last step of an import: (re)computes the summary rows of every study the import touched — from
 * all of that study's instances, old and new — and writes patients, studies and series in one
 * transaction. Only now do the new instances show in the library.
 */
export async function commitCatalog(
  imported: readonly GroupInput[],
  dicomdirCounts: ReadonlyMap<string, number>,
): Promise<{ studyIds: string[] }> {
  if (imported.length === 0) return { studyIds: [] };
  const seriesByStudy = new Map<string, Set<string>>();
  for (const { instance } of imported) {
    const keys = groupKeys(instance);
    const [studyId, seriesId] = await Promise.all([
      opaqueId('study', keys.study),
      opaqueId('series', keys.series),
    ]);
    const set = seriesByStudy.get(studyId) ?? new Set<string>();
    set.add(seriesId);
    seriesByStudy.set(studyId, set);
  }
  const inputs: GroupInput[] = [];
  for (const [studyId, touched] of seriesByStudy) {
    const seriesIds = new Set([...touched, ...(await seriesIdsOfStudy(studyId))]);
    for (const seriesId of seriesIds) {
      // A damaged instance row (named by the library and the integrity check) cannot count in a summary.
      for (const stored of (await readInstances(seriesId)).items) {
        const v = stored.value;
        inputs.push({ instance: v.instance, sha256: v.sha256, size: v.size, path: v.sourcePath });
      }
    }
  }
  const grouping = groupInstances(inputs);
  const now = new Date().toISOString();
  const patients = [];
  const studies = [];
  const series = [];
  for (const patient of grouping.patients) {
    const patientId = await opaqueId('patient', patient.key);
    patients.push(await sealPatient(patientId, { info: patient.info }));
    for (const study of patient.studies) {
      const studyId = await opaqueId('study', study.key);
      const studyFlags = new Map<string, Flag>();
      for (const s of study.series) {
        const uid = s.info.seriesInstanceUid;
        const flags = seriesFlags(s, uid ? dicomdirCounts.get(uid) : undefined);
        for (const f of flags) if (!studyFlags.has(f.code)) studyFlags.set(f.code, f);
        const value: StoredSeries = {
          info: s.info,
          instanceCount: s.instanceCount,
          frameCount: s.frameCount,
          byteSize: s.byteSize,
          flags,
        };
        series.push(await sealSeries(await opaqueId('series', s.key), studyId, value));
      }
      const bodyParts = [...new Set(study.series.flatMap((s) => (s.info.bodyPart ? [s.info.bodyPart] : [])))];
      const value: StoredStudy = {
        info: study.info,
        modalities: study.modalities,
        bodyParts: study.info.bodyPart ? [...new Set([study.info.bodyPart, ...bodyParts])] : bodyParts,
        seriesCount: study.series.length,
        instanceCount: study.instanceCount,
        byteSize: study.byteSize,
        flags: [...studyFlags.values()],
        lastImportedAt: now,
      };
      studies.push(await sealStudy(studyId, patientId, value));
    }
  }
  await writeCatalogRows({ patients, studies, series });
  return { studyIds: [...seriesByStudy.keys()] };
}
