import type { StoredInstance, StoredPatient, StoredSeries, StoredStudy } from '../catalog/model';
import { VaultLockedError } from '../crypto/errors';
import { expectedInstanceLinks } from './catalogLinks';
import {
  LINK_COLUMNS,
  type CatalogList,
  type CatalogTable,
  type DamageCause,
  type DamagedRow,
} from './catalogDamage';
import { vaultDatabase } from './db';
import {
  openLinkedPayload,
  openPayload,
  payloadKind,
  sealLinkedPayload,
  type Links,
  type PayloadKind,
} from './payloads';
import type { InstanceRow, PatientRow, SeriesRow, StudyRow } from './schema';
import { unreadableDetail } from './unreadableDetail';

/**
 * Opening catalog rows: each row's seal, and from payload format 2 on the links sealed with it, compared
 * with its clear columns (catalogRepository.ts says why).
 */
const sameShape = (data: unknown) => data;
export const patientPayload = payloadKind<StoredPatient>('patient');
export const studyPayload = payloadKind<StoredStudy>('study', 2, { 1: sameShape });
export const seriesPayload = payloadKind<StoredSeries>('series', 2, { 1: sameShape });
export const instancePayload = payloadKind<StoredInstance>('instance', 2, { 1: sameShape });
/** The payload format from which study, series and instance rows carry their links sealed. */
export const LINKED_SINCE = 2;

/** The sealed value each table holds (catalog/model.ts). */
export interface CatalogValues {
  readonly patients: StoredPatient;
  readonly studies: StoredStudy;
  readonly series: StoredSeries;
  readonly instances: StoredInstance;
}

export interface CatalogRowOf {
  readonly patients: PatientRow;
  readonly studies: StudyRow;
  readonly series: SeriesRow;
  readonly instances: InstanceRow;
}

export const CATALOG_KINDS: { readonly [K in CatalogTable]: PayloadKind<CatalogValues[K]> } = {
  patients: patientPayload,
  studies: studyPayload,
  series: seriesPayload,
  instances: instancePayload,
};

export interface Identified<T> {
  readonly id: string;
  readonly value: T;
}

type AnyRow = PatientRow | StudyRow | SeriesRow | InstanceRow;

export const catalogIdentity = (table: CatalogTable, id: string) => ({ table, id });

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

async function openRow<K extends CatalogTable>(table: K, row: AnyRow): Promise<Opened<CatalogValues[K]>> {
  const columns = LINK_COLUMNS[table];
  const kind: PayloadKind<CatalogValues[K]> = CATALOG_KINDS[table];
  try {
    if (columns.length === 0) {
      return {
        ok: true,
        value: await openPayload(kind, catalogIdentity(table, row.id), row.sealed),
        legacy: false,
      };
    }
    const claimed = claimedLinks(table, row);
    const opened = await openLinkedPayload(kind, catalogIdentity(table, row.id), row.sealed, LINKED_SINCE);
    // A row sealed before links were: what its own contents say it belongs to is checked where they can.
    const sealed =
      opened.sealedLinks ?? (table === 'instances' ? await expectedInstanceLinks(opened.value) : null);
    const mismatch = sealed ? firstMismatch(columns, claimed, sealed) : null;
    if (mismatch) return { ok: false, cause: mismatch, value: opened.value };
    return { ok: true, value: opened.value, legacy: opened.sealedLinks === null };
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
  const kind = CATALOG_KINDS[table] as PayloadKind<unknown>;
  const next = await Promise.all(
    rows.map(async ({ row, value }) => ({
      before: row,
      after: {
        ...row,
        sealed: await sealLinkedPayload(
          kind,
          catalogIdentity(table, row.id),
          claimedLinks(table, row),
          value,
        ),
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

/** Opens every row of `table` given: the sound ones as items, the others named as damaged. */
export async function openCatalogRows<K extends CatalogTable>(
  rows: CatalogRowOf[K][],
  table: K,
): Promise<CatalogList<Identified<CatalogValues[K]> & { row: CatalogRowOf[K] }>> {
  const opened = await Promise.all(rows.map((row) => openRow(table, row)));
  const items: (Identified<CatalogValues[K]> & { row: CatalogRowOf[K] })[] = [];
  const damaged: DamagedRow[] = [];
  const legacy: { row: AnyRow; value: unknown }[] = [];
  opened.forEach((result, i) => {
    const row = rows[i] as CatalogRowOf[K];
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
