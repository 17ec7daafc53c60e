import { listInstances, readPatients, readSeries, readStudies } from '../storage/catalogRepository';
import { catalogDamageNotice, trueParentId, type DamagedNotice } from './damageNotices';
import { patientName } from './labels';
import type { StoredInstance, StoredPatient, StoredSeries, StoredStudy } from './model';

export interface CatalogSeries {
  readonly id: string;
  readonly studyId: string;
  readonly series: StoredSeries;
}

export interface CatalogStudy {
  readonly id: string;
  readonly study: StoredStudy;
  readonly series: readonly CatalogSeries[];
}

export interface CatalogPatient {
  readonly id: string;
  readonly patient: StoredPatient;
  readonly studies: readonly CatalogStudy[];
}

/**
 * Every patient with their studies and series, for choosing what to send (newest study first). Damaged
 * rows are left out and named in `damaged`: a study of a damaged patient row is not offered (whom it
 * belongs to is not known for sure), and a damaged series is never sent as part of its study.
 */
export async function loadCatalogTree(): Promise<{ patients: CatalogPatient[]; damaged: DamagedNotice[] }> {
  const [patientList, studyList, seriesList] = await Promise.all([
    readPatients(),
    readStudies(),
    readSeries(),
  ]);
  const [patients, studies, series] = [patientList.items, studyList.items, seriesList.items];
  const nameOf = (table: 'patients' | 'studies' | 'series', id: string | undefined): string | undefined => {
    if (table === 'studies') {
      const p = patients.find((x) => x.id === id)?.value;
      return patientName(p?.info);
    }
    if (table === 'series') return studies.find((x) => x.id === id)?.value.info.description || undefined;
    return undefined;
  };
  const damaged = [...patientList.damaged, ...studyList.damaged, ...seriesList.damaged].map((row) =>
    catalogDamageNotice(row, nameOf(row.table as 'patients' | 'studies' | 'series', trueParentId(row))),
  );
  const listed = patients
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
  return { patients: listed, damaged };
}

export interface LoadedInstance {
  readonly seriesId: string;
  readonly address: string;
  readonly stored: StoredInstance;
}

/**
 * The instances of the chosen series, with where their originals are stored. Strict: a package must
 * hold every image of what was chosen, so a damaged instance row stops the export with its name.
 */
export async function loadInstances(seriesIds: readonly string[]): Promise<LoadedInstance[]> {
  const lists = await Promise.all(seriesIds.map((id) => listInstances(id)));
  return lists.flat().map((i) => ({ seriesId: i.seriesId, address: i.address, stored: i.value }));
}
