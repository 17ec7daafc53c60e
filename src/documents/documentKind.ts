/**
 * One kind of sealed document. Each kind counts its own version, so one kind's shape can change (with a
 * migration here) without touching the others. `name` is stored, and hashed into the row id: it is
 * never renamed.
 */
export interface DocumentKind<T> {
  readonly name: string;
  /** The version documents of this kind are written at. */
  readonly version: number;
  /** migrations[n] turns a version-n value into version n+1; every version before `version` has one. */
  readonly migrations: Readonly<Record<number, (value: unknown) => unknown>>;
  /** Checks a value of the current version and gives it its type; throws DamagedDocumentError with why. */
  readonly read: (value: unknown, id: string) => T;
}

/** The value type a kind reads to. */
export type DocumentValue<K> = K extends DocumentKind<infer T> ? T : never;

/** A document that opened but cannot be used: another version's shape, or fields that are not there. */
export class DamagedDocumentError extends Error {
  override readonly name = 'DamagedDocumentError';
}

/**
 * Brings a stored value of `version` up to the kind's own version and reads it. A version newer than
 * this code knows is refused rather than misread.
 */
export function readDocumentValue<T>(kind: DocumentKind<T>, version: number, value: unknown, id: string): T {
  if (!Number.isInteger(version) || version < 1)
    throw new DamagedDocumentError(`The ${kind.name} ${id} has no valid format version.`);
  if (version > kind.version)
    throw new DamagedDocumentError(
      `The ${kind.name} ${id} was written by a newer version of Imaging Vault (format ${version}); update the app to open it.`,
    );
  let current = value;
  for (let v = version; v < kind.version; v++) {
    const step = kind.migrations[v];
    if (!step) throw new DamagedDocumentError(`No migration of ${kind.name} from format ${v}.`);
    current = step(current);
  }
  return kind.read(current, id);
}
