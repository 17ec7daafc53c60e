/** The catalog's tables, and what is said about a row of one of them that cannot be trusted. */
export type CatalogTable = 'patients' | 'studies' | 'series' | 'instances';

/** The clear columns of each table that point at another row. */
export const LINK_COLUMNS = {
  patients: [],
  studies: ['patientId'],
  series: ['studyId'],
  instances: ['seriesId', 'address'],
} as const satisfies Record<CatalogTable, readonly string[]>;

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
