import { DamagedDocumentError } from './documentKind';

/** A stored value as an object whose fields can be checked one by one; damage when it is not one. */
export function fieldsOf(value: unknown, what: string): Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new DamagedDocumentError(`The ${what} is not an object.`);
  return value as Readonly<Record<string, unknown>>;
}

/**
 * Checks that each named field has the type the code relies on (sorting, keys, links); the value is
 * then taken as the kind's shape. Fields not named are the kind's own business, as they were before
 * readers existed, so a document today's screens show is never refused.
 */
export function requireFields<T>(
  value: unknown,
  what: string,
  fields: Readonly<Record<string, 'string' | 'number' | 'boolean' | 'object' | 'array'>>,
): T {
  const object = fieldsOf(value, what);
  for (const [key, type] of Object.entries(fields)) {
    const field = object[key];
    const ok =
      type === 'array'
        ? Array.isArray(field)
        : type === 'object'
          ? field !== null && typeof field === 'object'
          : typeof field === type;
    if (!ok) throw new DamagedDocumentError(`The ${what} has no ${key} (${type}).`);
  }
  return object as T;
}
