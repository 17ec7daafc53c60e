import { vaultDatabase } from './db';
import { openPayload, payloadKind, sealPayload } from './payloads';
import type { InstanceRow, PatientRow, SeriesRow, StudyRow } from './schema';

/**
 * The catalog (patients, studies, series, instances). Rows hold random ids, the parent id the tree
 * needs as an index, and everything else sealed: names, dates, descriptions, UIDs.
 */
export const patientPayload = payloadKind<unknown>('patient');
export const studyPayload = payloadKind<unknown>('study');
export const seriesPayload = payloadKind<unknown>('series');
export const instancePayload = payloadKind<unknown>('instance');

export interface CatalogRows {
  readonly patients: PatientRow[];
  readonly studies: StudyRow[];
  readonly series: SeriesRow[];
  readonly instances: InstanceRow[];
}

export interface Identified<T> {
  readonly id: string;
  readonly value: T;
}

export async function sealPatient<T>(id: string, value: T): Promise<PatientRow> {
  return { id, sealed: await sealPayload(patientPayload, { table: 'patients', id }, value) };
}

export async function sealStudy<T>(id: string, patientId: string, value: T): Promise<StudyRow> {
  return { id, patientId, sealed: await sealPayload(studyPayload, { table: 'studies', id }, value) };
}

export async function sealSeries<T>(id: string, studyId: string, value: T): Promise<SeriesRow> {
  return { id, studyId, sealed: await sealPayload(seriesPayload, { table: 'series', id }, value) };
}

export async function sealInstance<T>(
  id: string,
  seriesId: string,
  address: string,
  value: T,
): Promise<InstanceRow> {
  return {
    id,
    seriesId,
    address,
    sealed: await sealPayload(instancePayload, { table: 'instances', id }, value),
  };
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

async function openAll<R extends { id: string; sealed: Uint8Array }, T>(
  rows: R[],
  table: string,
  kind: typeof patientPayload,
): Promise<(Identified<T> & { row: R })[]> {
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      row,
      value: (await openPayload(kind, { table, id: row.id }, row.sealed)) as T,
    })),
  );
}

export async function listPatients<T>(): Promise<Identified<T>[]> {
  return openAll<PatientRow, T>(await vaultDatabase().patients.toArray(), 'patients', patientPayload);
}

export async function listStudies<T>(patientId?: string): Promise<(Identified<T> & { patientId: string })[]> {
  const table = vaultDatabase().studies;
  const rows =
    patientId === undefined
      ? await table.toArray()
      : await table.where('patientId').equals(patientId).toArray();
  return (await openAll<StudyRow, T>(rows, 'studies', studyPayload)).map((s) => ({
    ...s,
    patientId: s.row.patientId,
  }));
}

export async function listSeries<T>(studyId?: string): Promise<(Identified<T> & { studyId: string })[]> {
  const table = vaultDatabase().series;
  const rows =
    studyId === undefined ? await table.toArray() : await table.where('studyId').equals(studyId).toArray();
  return (await openAll<SeriesRow, T>(rows, 'series', seriesPayload)).map((s) => ({
    ...s,
    studyId: s.row.studyId,
  }));
}

export async function listInstances<T>(
  seriesId?: string,
): Promise<(Identified<T> & { seriesId: string; address: string })[]> {
  const table = vaultDatabase().instances;
  const rows =
    seriesId === undefined ? await table.toArray() : await table.where('seriesId').equals(seriesId).toArray();
  return (await openAll<InstanceRow, T>(rows, 'instances', instancePayload)).map((s) => ({
    ...s,
    seriesId: s.row.seriesId,
    address: s.row.address,
  }));
}
