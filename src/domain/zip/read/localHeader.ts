import { decodeEntryName, unsafeEntryName } from './entryName';
import { methodProblem } from './entryDecode';
import { MAX32, extraFields, u16, u32, zip64Values } from './zipBytes';

export interface LocalHeader {
  readonly path: string;
  readonly flags: number;
  readonly method: number;
  readonly crc32: number;
  /** Undefined when a data descriptor after the data carries the sizes. */
  readonly compressedSize?: number;
  readonly size?: number;
  readonly hasDescriptor: boolean;
  /** ZIP64 entries carry 8-byte sizes in their data descriptor. */
  readonly zip64: boolean;
  readonly headerLength: number;
}

/** Length of the fixed part; the name and extra field follow. */
export const LOCAL_FIXED = 30;

/** Parse a local file header whose fixed part and variable fields are all in `b` (from offset 0). */
export function parseLocalHeader(b: Uint8Array): LocalHeader {
  const flags = u16(b, 6);
  const nameLength = u16(b, 26);
  const extraLength = u16(b, 28);
  const name = b.subarray(LOCAL_FIXED, LOCAL_FIXED + nameLength);
  const extra = b.subarray(LOCAL_FIXED + nameLength, LOCAL_FIXED + nameLength + extraLength);
  const z64 = extraFields(extra).get(0x0001);
  const sizes = zip64Values(z64, { size: u32(b, 22), compressedSize: u32(b, 18) }, true);
  const hasDescriptor = (flags & 0x8) !== 0;
  const known = !hasDescriptor || (sizes.compressedSize !== 0 && sizes.compressedSize !== MAX32);
  return {
    path: decodeEntryName(name, flags, extra),
    flags,
    method: u16(b, 8),
    crc32: u32(b, 14),
    hasDescriptor,
    zip64: z64 !== undefined,
    headerLength: LOCAL_FIXED + nameLength + extraLength,
    ...(known ? { compressedSize: sizes.compressedSize, size: sizes.size } : {}),
  };
}

/** Why the data of this entry cannot be given out, or undefined. */
export function entryProblem(h: { path: string; flags: number; method: number }): string | undefined {
  const unsafe = unsafeEntryName(h.path);
  if (unsafe) return `its name is unsafe: ${unsafe}`;
  if (h.flags & 0x1) return 'it is encrypted';
  return methodProblem(h.method);
}
