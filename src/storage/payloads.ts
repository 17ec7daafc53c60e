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
}

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
