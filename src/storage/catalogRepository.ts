import { VaultLockedError } from '../crypto/errors';
import { vaultDatabase } from './db';
import { unreadableDetail } from './unreadableDetail';
import { expectedInstanceLinks } from './catalogLinks';
import {
  openLinkedPayload,
  openPayload,
  payloadKind,
  sealLinkedPayload,
  sealPayload,
  type Links,
} from './payloads';
import type { InstanceRow, PatientRow, SeriesRow, StudyRow } from './schema';

/**
 * The catalog (patients, studies, series, instances). Rows hold random ids, the parent id the tree
 * needs as an index, and everything else sealed: names, dates, descriptions, UIDs.
 *
 * The clear columns that link a row to another (a study's patientId, a series' studyId, an instance's
 * seriesId and address) are repeated inside the seal from payload format 2 on and compared on every open:
 * a row whose clear link was rewritten is reported as damaged, never listed under the wrong parent.
 */
const sameShape = (data: unknown) => data;
export const patientPayload = payloadKind<unknown>('patient');
export const studyPayload = payloadKind<unknown>('study', 2, { 1: sameShape });
export const seriesPayload = payloadKind<unknown>('series', 2, { 1: sameShape });
export const instancePayload = payloadKind<unknown>('instance', 2, { 1: sameShape });
/** The payload format from which study, series and instance rows carry their links sealed. */
export const LINKED_SINCE = 2;

export type CatalogTable = 'patients' | 'studies' | 'series' | 'instances';

const KINDS = {
  patients: patientPayload,
  studies: studyPayload,
  series: seriesPayload,
  instances: instancePayload,
} as const;

/** The clear columns of each table that point at another row. */
export const LINK_COLUMNS = {
  patients: [],
  studies: ['patientId'],
  series: ['studyId'],
  instances: ['seriesId', 'address'],
} as const satisfies Record<CatalogTable, readonly string[]>;

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

/** Why a catalog row could not be trusted. */
export type DamageCause =
  | { readonly kind: 'unreadable'; readonly detail: string }
  /** Its clear column `link` says `claimed`, but the seal says `sealed`. */
  | { readonly kind: 'link'; readonly link: string; readonly claimed: string; readonly sealed: string };

/** A catalog row that is not shown, with what is known about it (its clear columns are only claims). */
export interface DamagedRow {
  readonly table: CatalogTable;
  readonly id: string;
  /** The parent row id the damaged row's clear column names, if its table has one. */
  readonly parentId?: string;
  readonly cause: DamageCause;
  /**
   * For a link mismatch the seal itself opened, so its contents are authentic (only the clear column
   * lies): kept to name the row (its file, its true parent), never to list it.
   */
  readonly sealedValue?: unknown;
}

/** The rows that opened and checked out, and the ones that did not: one never hides the others. */
export interface CatalogList<T> {
  readonly items: T[];
  readonly damaged: DamagedRow[];
}

export function describeDamage(row: DamagedRow): string {
  const cause = row.cause;
  return cause.kind === 'link'
    ? `The ${row.table} row ${row.id} claims ${cause.link} ${cause.claimed} but its sealed link says ${cause.sealed}.`
    : `The ${row.table} row ${row.id} could not be read: ${cause.detail}`;
}

/** Thrown by the strict list functions, for callers that must not go on with part of the catalog. */
export class CatalogDamageError extends Error {
  override readonly name = 'CatalogDamageError';
  constructor(readonly damaged: readonly DamagedRow[]) {
    super(damaged.map(describeDamage).join(' '));
  }
}

const identity = (table: CatalogTable, id: string) => ({ table, id });

export async function sealPatient<T>(id: string, value: T): Promise<PatientRow> {
  return { id, sealed: await sealPayload(patientPayload, identity('patients', id), value) };
}

export async function sealStudy<T>(id: string, patientId: string, value: T): Promise<StudyRow> {
  const sealed = await sealLinkedPayload(studyPayload, identity('studies', id), { patientId }, value);
  return { id, patientId, sealed };
}

export async function sealSeries<T>(id: string, studyId: string, value: T): Promise<SeriesRow> {
  const sealed = await sealLinkedPayload(seriesPayload, identity('series', id), { studyId }, value);
  return { id, studyId, sealed };
}

export async function sealInstance<T>(
  id: string,
  seriesId: string,
  address: string,
  value: T,
): Promise<InstanceRow> {
  const links = { seriesId, address };
  const sealed = await sealLinkedPayload(instancePayload, identity('instances', id), links, value);
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

type AnyRow = PatientRow | StudyRow | SeriesRow | InstanceRow;

function claimedLinks(table: CatalogTable, row: AnyRow): Links {
  const clear = row as unknown as Readonly<Record<string, unknown>>;
  return Object.fromEntries(LINK_COLUMNS[table].map((column) => [column, String(clear[column])]));
}

type Opened<T> =
  | { readonly ok: true; readonly value: T; readonly legacy: boolean }
  | { readonly ok: false; readonly cause: DamageCause; readonly value?: unknown };

function firstMismatch(columns: readonly string[], claimed: Links, sealed: Links): DamageCause | null {
  for (const link of columns) {
    const want = sealed[link];
    if (want !== claimed[link]) {
      return { kind: 'link', link, claimed: claimed[link] ?? '', sealed: want ?? '(none)' };
    }
  }
  return null;
}

async function openRow<T>(table: CatalogTable, row: AnyRow): Promise<Opened<T>> {
  const columns = LINK_COLUMNS[table];
  try {
    if (columns.length === 0) {
      return {
        ok: true,
        value: (await openPayload(KINDS[table], identity(table, row.id), row.sealed)) as T,
        legacy: false,
      };
    }
    const claimed = claimedLinks(table, row);
    const opened = await openLinkedPayload(KINDS[table], identity(table, row.id), row.sealed, LINKED_SINCE);
    // A row sealed before links were: what its own contents say it belongs to is checked where they can.
    const sealed =
      opened.sealedLinks ?? (table === 'instances' ? await expectedInstanceLinks(opened.value) : null);
    const mismatch = sealed ? firstMismatch(columns, claimed, sealed) : null;
    if (mismatch) return { ok: false, cause: mismatch, value: opened.value };
    return { ok: true, value: opened.value as T, legacy: opened.sealedLinks === null };
  } catch (error) {
    // A locked vault is not damage: the caller must hear it as it is.
    if (error instanceof VaultLockedError) throw error;
    return { ok: false, cause: { kind: 'unreadable', detail: unreadableDetail(error) } };
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Re-seals rows written before links were sealed, with the links they have now (checked above where
 * their contents allow), so from then on a rewritten column is caught. A row changed meanwhile (by
 * another tab) is left as it is.
 */
async function resealLegacy(table: CatalogTable, rows: readonly { row: AnyRow; value: unknown }[]) {
  if (rows.length === 0 || table === 'patients') return;
  const kind = KINDS[table];
  const next = await Promise.all(
    rows.map(async ({ row, value }) => ({
      before: row,
      after: {
        ...row,
        sealed: await sealLinkedPayload(kind, identity(table, row.id), claimedLinks(table, row), value),
      },
    })),
  );
  const db = vaultDatabase();
  const store = db.table<AnyRow, string>(table);
  await db.transaction('rw', store, async () => {
    for (const { before, after } of next) {
      const current = await store.get(before.id);
      if (current && sameBytes(current.sealed, before.sealed)) await store.put(after);
    }
  });
}

async function openAll<R extends AnyRow, T>(
  rows: R[],
  table: CatalogTable,
): Promise<CatalogList<Identified<T> & { row: R }>> {
  const opened = await Promise.all(rows.map((row) => openRow<T>(table, row)));
  const items: (Identified<T> & { row: R })[] = [];
  const damaged: DamagedRow[] = [];
  const legacy: { row: AnyRow; value: unknown }[] = [];
  opened.forEach((result, i) => {
    const row = rows[i] as R;
    if (result.ok) {
      items.push({ id: row.id, row, value: result.value });
      if (result.legacy) legacy.push({ row, value: result.value });
    } else {
      const parent = LINK_COLUMNS[table][0];
      const parentId = parent ? claimedLinks(table, row)[parent] : undefined;
      damaged.push({
        table,
        id: row.id,
        ...(parentId !== undefined ? { parentId } : {}),
        cause: result.cause,
        ...(result.value !== undefined ? { sealedValue: result.value } : {}),
      });
    }
  });
  await resealLegacy(table, legacy);
  return { items, damaged };
}

function strict<T>(list: CatalogList<T>): T[] {
  if (list.damaged.length > 0) throw new CatalogDamageError(list.damaged);
  return list.items;
}

export type OpenedPatient<T> = Identified<T> & { row: PatientRow };
export type OpenedStudy<T> = Identified<T> & { row: StudyRow; patientId: string };
export type OpenedSeries<T> = Identified<T> & { row: SeriesRow; studyId: string };
export type OpenedInstance<T> = Identified<T> & { row: InstanceRow; seriesId: string; address: string };

/** Every patient that opens, and the rows that are damaged. */
export async function readPatients<T>(): Promise<CatalogList<OpenedPatient<T>>> {
  return openAll<PatientRow, T>(await vaultDatabase().patients.toArray(), 'patients');
}

export async function readStudies<T>(patientId?: string): Promise<CatalogList<OpenedStudy<T>>> {
  const table = vaultDatabase().studies;
  const rows =
    patientId === undefined
      ? await table.toArray()
      : await table.where('patientId').equals(patientId).toArray();
  const list = await openAll<StudyRow, T>(rows, 'studies');
  return { ...list, items: list.items.map((s) => ({ ...s, patientId: s.row.patientId })) };
}

export async function readSeries<T>(studyId?: string): Promise<CatalogList<OpenedSeries<T>>> {
  const table = vaultDatabase().series;
  const rows =
    studyId === undefined ? await table.toArray() : await table.where('studyId').equals(studyId).toArray();
  const list = await openAll<SeriesRow, T>(rows, 'series');
  return { ...list, items: list.items.map((s) => ({ ...s, studyId: s.row.studyId })) };
}

export async function readInstances<T>(seriesId?: string): Promise<CatalogList<OpenedInstance<T>>> {
  const table = vaultDatabase().instances;
  const rows =
    seriesId === undefined ? await table.toArray() : await table.where('seriesId').equals(seriesId).toArray();
  const list = await openAll<InstanceRow, T>(rows, 'instances');
  return {
    ...list,
    items: list.items.map((s) => ({ ...s, seriesId: s.row.seriesId, address: s.row.address })),
  };
}

/** Strict forms: every row, or a CatalogDamageError naming the damaged ones. */
export async function listPatients<T>(): Promise<OpenedPatient<T>[]> {
  return strict(await readPatients<T>());
}

export async function listStudies<T>(patientId?: string): Promise<OpenedStudy<T>[]> {
  return strict(await readStudies<T>(patientId));
}

export async function listSeries<T>(studyId?: string): Promise<OpenedSeries<T>[]> {
  return strict(await readSeries<T>(studyId));
}

export async function listInstances<T>(seriesId?: string): Promise<OpenedInstance<T>[]> {
  return strict(await readInstances<T>(seriesId));
}
