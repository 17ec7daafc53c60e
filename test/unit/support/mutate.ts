import fc from 'fast-check';

/**
 * Damage of the kinds real files suffer and attackers craft, for property tests: truncation, flipped
 * bits, a 32-bit length field overwritten (0, all ones, anything), bytes inserted.
 */
export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'length'; at: number; value: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    mask: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({
    kind: fc.constant('length' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    value: fc.oneof(fc.constant(0xffffffff), fc.constant(0), fc.integer({ min: 0, max: 0xffffffff })),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  }),
);

/** Applies mutations; positions are fractions of the current length, so they land anywhere in any file. */
export function mutate(source: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = source.slice();
  for (const m of mutations) {
    const at = Math.min(bytes.length, Math.floor(m.at * bytes.length));
    if (m.kind === 'truncate') bytes = bytes.slice(0, at);
    else if (m.kind === 'flip' && at < bytes.length) bytes[at] = (bytes[at] ?? 0) ^ m.mask;
    else if (m.kind === 'length' && at + 4 <= bytes.length) {
      new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, m.value, (m.value & 1) === 0);
    } else if (m.kind === 'insert') {
      const out = new Uint8Array(bytes.length + m.bytes.length);
      out.set(bytes.subarray(0, at));
      out.set(m.bytes, at);
      out.set(bytes.subarray(at), at + m.bytes.length);
      bytes = out;
    }
  }
  return bytes;
}
