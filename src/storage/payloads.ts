import { openJson, sealJson } from '../crypto/keyring';
import type { RecordIdentity } from '../crypto/envelope';

/**
 * Every sealed payload carries the version of its shape. Opening runs it through the steps that bring
 * an older shape up to date (migrate-or-pass, like excalidraw's restore), so a record written today
 * still opens in twenty years. A version newer than this code knows is refused with a clear message
 * rather than misread.
 */
interface Versioned {
  readonly v: number;
  readonly data: unknown;
  /**
   * A row's clear link fields (parent id, original's address...) repeated inside the seal, so a row
   * whose clear column was rewritten is caught on open (catalogRepository.ts). Absent before links were sealed.
   */
  readonly links?: Links;
}

/** A row's clear fields that tie it to another row, by column name. */
export type Links = Readonly<Record<string, string>>;

export interface PayloadKind<T> {
  readonly name: string;
  readonly version: number;
  /** migrations[n] turns a version-n payload into version n+1. */
  readonly migrations: Readonly<Record<number, (data: unknown) => unknown>>;
  /** Marker for the type; never read. */
  readonly _type?: T;
}

export function payloadKind<T>(
  name: string,
  version = 1,
  migrations: PayloadKind<T>['migrations'] = {},
): PayloadKind<T> {
  return { name, version, migrations };
}

export function sealPayload<T>(
  kind: PayloadKind<T>,
  identity: RecordIdentity,
  value: T,
): Promise<Uint8Array> {
  return sealJson(identity, { v: kind.version, data: value } satisfies Versioned);
}

export async function openPayload<T>(
  kind: PayloadKind<T>,
  identity: RecordIdentity,
  sealed: Uint8Array,
): Promise<T> {
  const stored = await openJson<Versioned>(identity, sealed);
  return migratePayload(kind, stored, `${identity.table}/${identity.id}`);
}

export function migratePayload<T>(kind: PayloadKind<T>, stored: Versioned, where: string): T {
  if (typeof stored !== 'object' || stored === null || !Number.isInteger(stored.v)) {
    throw new Error(`The stored ${kind.name} ${where} has no format version; it cannot be read safely.`);
  }
  if (stored.v > kind.version) {
    throw new Error(
      `The stored ${kind.name} ${where} was written by a newer version of Imaging Vault (format ${stored.v}); update the app to open it.`,
    );
  }
  let data = stored.data;
  for (let v = stored.v; v < kind.version; v++) {
    const step = kind.migrations[v];
    if (!step) throw new Error(`No migration from ${kind.name} format ${v}.`);
    data = step(data);
  }
  return data as T;
}

/** Seals a payload together with the row's link fields (see Versioned.links). */
export function sealLinkedPayload<T>(
  kind: PayloadKind<T>,
  identity: RecordIdentity,
  links: Links,
  value: T,
): Promise<Uint8Array> {
  return sealJson(identity, { v: kind.version, data: value, links } satisfies Versioned);
}

export interface OpenedLinked<T> {
  readonly value: T;
  /** The links sealed with the payload; null for a payload sealed before `linkedSince` (to be re-sealed). */
  readonly sealedLinks: Links | null;
}

/**
 * Opens a payload that carries its row's links from format `linkedSince` on. An older payload opens
 * with `sealedLinks: null`; one of that format or newer without links is refused (it was not written so).
 */
export async function openLinkedPayload<T>(
  kind: PayloadKind<T>,
  identity: RecordIdentity,
  sealed: Uint8Array,
  linkedSince: number,
): Promise<OpenedLinked<T>> {
  const stored = await openJson<Versioned>(identity, sealed);
  const where = `${identity.table}/${identity.id}`;
  const value = migratePayload(kind, stored, where);
  const links = stored.links;
  if (typeof links === 'object' && links !== null) return { value, sealedLinks: links };
  if (stored.v >= linkedSince) {
    throw new Error(
      `The stored ${kind.name} ${where} (format ${stored.v}) has lost the links sealed with it.`,
    );
  }
  return { value, sealedLinks: null };
}
