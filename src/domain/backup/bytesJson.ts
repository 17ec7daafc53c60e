import { fromHex, toHex } from '../bytes/hex';

/**
 * JSON that keeps Uint8Array fields (the key material's salts, wrapped secrets and canary): each is
 * written as {"$hex": "..."} and read back as bytes.
 */
export function toBytesJson(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $hex: toHex(value) };
  if (Array.isArray(value)) return value.map(toBytesJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toBytesJson(v)]));
  }
  return value;
}

export function fromBytesJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromBytesJson);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && keys[0] === '$hex' && typeof record['$hex'] === 'string') {
      return fromHex(record['$hex']);
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fromBytesJson(v)]));
  }
  return value;
}
