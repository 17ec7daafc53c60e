import type { StoredInstance, StoredPatient, StoredSeries, StoredStudy } from '../catalog/model';
import { CatalogDamageError, type CatalogList } from './catalogDamage';
import {
  catalogIdentity,
  instancePayload,
  openCatalogRows,
  patientPayload,
  seriesPayload,
  studyPayload,
  type Identified,
} from './catalogRows';
import { vaultDatabase } from './db';
import { sealLinkedPayload, sealPayload } from './payloads';
import type { InstanceRow, PatientRow, SeriesRow, StudyRow } from './schema';

export {
  CatalogDamageError,
  describeDamage,
  LINK_COLUMNS,
  type CatalogList,
  type CatalogTable,
  type DamageCause,
  type DamagedRow,
} from './catalogDamage';
export {
  instancePayload,
  LINKED_SINCE,
  patientPayload,
  seriesPayload,
  studyPayload,
  type Identified,
} from './catalogRows';

/**
 * The catalog (patients, studies, series, instances). Rows hold random ids, the parent id the tree
 * needs as an index, and everything else sealed: names, dates, descriptions, UIDs. What is sealed is
 * catalog/model.ts; only src/catalog/ reads and writes it through here.
 *
 * The clear columns that link a row to another (a study's patientId, a series' studyId, an instance's
 * seriesId and address) are repeated inside the seal from payload format 2 on and compared on every open:
 * a row whose clear link was rewritten is reported as damaged, never listed under the wrong parent.
 */

export interface CatalogRows {
  readonly patients: PatientRow[];
  readonly studies: StudyRow[];
  readonly series: SeriesRow[];
  readonly instances: InstanceRow[];
}

export async function sealPatient(id: string, value: StoredPatient): Promise<PatientRow> {
  return { id, sealed: await sealPayload(patientPayload, catalogIdentity('patients', id), value) };
}

export async function sealStudy(id: string, patientId: string, value: StoredStudy): Promise<StudyRow> {
  const identity = catalogIdentity('studies', id);
  const sealed = await sealLinkedPayload(studyPayload, identity, { patientId }, value);
  return { id, patientId, sealed };
}

export async function sealSeries(id: string, studyId: string, value: StoredSeries): Promise<SeriesRow> {
  const sealed = await sealLinkedPayload(seriesPayload, catalogIdentity('series', id), { studyId }, value);
  return { id, studyId, sealed };
}

export async function sealInstance(
  id: string,
  seriesId: string,
  address: string,
  value: StoredInstance,
): Promise<InstanceRow> {
  const links = { seriesId, address };
  const sealed = await sealLinkedPayload(instancePayload, catalogIdentity('instances', id), links, value);
  return { id, seriesId, address, sealed };
}

/** Writes sealed catalog rows in one transaction: all of them appear, or none. */
export async function writeCatalogRows(rows: Partial<CatalogRows>): Promise<void> {
  const db = vaultDatabase();
  await db.transaction('rw', [db.patients, db.studies, db.series, db.instances], async () => {
    if (rows.patients?.length) await db.patients.bulkPut(rows.patients);
    if (rows.studies?.length) await db.studies.bulkPut(rows.studies);
    if (rows.series?.length) await db.series.bulkPut(rows.series);
    if (rows.instances?.length) await db.instances.bulkPut(rows.instances);
  });
}

function strict<T>(list: CatalogList<T>): T[] {
  if (list.damaged.length > 0) throw new CatalogDamageError(list.damaged);
  return list.items;
}

export type OpenedPatient = Identified<StoredPatient> & { row: PatientRow };
export type OpenedStudy = Identified<StoredStudy> & { row: StudyRow; patientId: string };
export type OpenedSeries = Identified<StoredSeries> & { row: SeriesRow; studyId: string };
export type OpenedInstance = Identified<StoredInstance> & {
  row: InstanceRow;
  seriesId: string;
  address: string;
};

/** Every patient that opens, and the rows that are damaged. */
export async function readPatients(): Promise<CatalogList<OpenedPatient>> {
  return openCatalogRows(await vaultDatabase().patients.toArray(), 'patients');
}

export async function readStudies(patientId?: string): Promise<CatalogList<OpenedStudy>> {
  const table = vaultDatabase().studies;
  const rows =
    patientId === undefined
      ? await table.toArray()
      : await table.where('patientId').equals(patientId).toArray();
  const list = await openCatalogRows(rows, 'studies');
  return { ...list, items: list.items.map((s) => ({ ...s, patientId: s.row.patientId })) };
}

export async function readSeries(studyId?: string): Promise<CatalogList<OpenedSeries>> {
  const table = vaultDatabase().series;
  const rows =
    studyId === undefined ? await table.toArray() : await table.where('studyId').equals(studyId).toArray();
  const list = await openCatalogRows(rows, 'series');
  return { ...list, items: list.items.map((s) => ({ ...s, studyId: s.row.studyId })) };
}

export async function readInstances(seriesId?: string): Promise<CatalogList<OpenedInstance>> {
  const table = vaultDatabase().instances;
  const rows =
    seriesId === undefined ? await table.toArray() : await table.where('seriesId').equals(seriesId).toArray();
  const list = await openCatalogRows(rows, 'instances');
  return {
    ...list,
    items: list.items.map((s) => ({ ...s, seriesId: s.row.seriesId, address: s.row.address })),
  };
}

/** Strict forms: every row, or a CatalogDamageError naming the damaged ones. */
export async function listPatients(): Promise<OpenedPatient[]> {
  return strict(await readPatients());
}

export async function listStudies(patientId?: string): Promise<OpenedStudy[]> {
  return strict(await readStudies(patientId));
}

export async function listSeries(studyId?: string): Promise<OpenedSeries[]> {
  return strict(await readSeries(studyId));
}

export async function listInstances(seriesId?: string): Promise<OpenedInstance[]> {
  return strict(await readInstances(seriesId));
}

/** The study each of these series belongs to (series rows restored or already present). */
export async function studiesOfSeries(seriesIds: readonly string[]): Promise<string[]> {
  const rows = await vaultDatabase().series.bulkGet([...new Set(seriesIds)]);
  return [...new Set(rows.flatMap((row) => (row ? [row.studyId] : [])))];
}

/** The ids of a study's series (the series an import touched are re-summarised with the rest). */
export async function seriesIdsOfStudy(studyId: string): Promise<string[]> {
  return (await vaultDatabase().series.where('studyId').equals(studyId).primaryKeys()) as string[];
}
