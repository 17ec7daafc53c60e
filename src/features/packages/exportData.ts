import { listInstances, listPatients, listSeries, listStudies } from '../../storage/catalogRepository';
import { listRecords } from '../../storage/recordsRepository';
import type { StoredInstance, StoredPatient, StoredSeries, StoredStudy } from '../import/catalogModel';
import type { CatalogPatient, ShareRecord, SpecialistValue } from './wizardModel';

/** Every patient with their studies and series, for choosing what to send (newest study first). */
export async function loadExportCatalog(): Promise<CatalogPatient[]> {
  const [patients, studies, series] = await Promise.all([
    listPatients<StoredPatient>(),
    listStudies<StoredStudy>(),
    listSeries<StoredSeries>(),
  ]);
  return patients
    .map((p) => ({
      id: p.id,
      patient: p.value,
      studies: studies
        .filter((s) => s.patientId === p.id)
        .map((s) => ({
          id: s.id,
          study: s.value,
          series: series
            .filter((x) => x.studyId === s.id)
            .map((x) => ({ id: x.id, studyId: s.id, series: x.value }))
            .sort((a, b) => (a.series.info.number ?? Infinity) - (b.series.info.number ?? Infinity)),
        }))
        .sort((a, b) => (b.study.info.date ?? '').localeCompare(a.study.info.date ?? '')),
    }))
    .filter((p) => p.studies.length > 0);
}

export interface LoadedInstance {
  readonly seriesId: string;
  readonly address: string;
  readonly stored: StoredInstance;
}

/** The instances of the chosen series, with where their originals are stored. */
export async function loadInstances(seriesIds: readonly string[]): Promise<LoadedInstance[]> {
  const lists = await Promise.all(seriesIds.map((id) => listInstances<StoredInstance>(id)));
  return lists.flat().map((i) => ({ seriesId: i.seriesId, address: i.address, stored: i.value }));
}

export async function loadSpecialists(): Promise<{ id: string; value: SpecialistValue }[]> {
  const records = await listRecords<SpecialistValue>('specialist');
  return records
    .map((r) => ({ id: r.id, value: r.value }))
    .sort((a, b) => a.value.name.localeCompare(b.value.name));
}

/** Past exports, newest first. */
export async function loadShares(): Promise<ShareRecord[]> {
  const records = await listRecords<ShareRecord>('share');
  return records.map((r) => r.value).sort((a, b) => (a.sentAt < b.sentAt ? 1 : a.sentAt > b.sentAt ? -1 : 0));
}
