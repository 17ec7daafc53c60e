/** Little-endian field readers for ZIP records. Sizes beyond 2^53 cannot occur in a real file. */
export function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

export function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
}

export function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;
}

export const SIG = {
  local: 0x04034b50,
  central: 0x02014b50,
  descriptor: 0x08074b50,
  end: 0x06054b50,
  zip64End: 0x06064b50,
  zip64Locator: 0x07064b50,
} as const;

export const MAX32 = 0xffffffff;
export const MAX16 = 0xffff;

/** The extra-field blocks of a header, by id. */
export function extraFields(extra: Uint8Array): Map<number, Uint8Array> {
  const out = new Map<number, Uint8Array>();
  for (let at = 0; at + 4 <= extra.length;) {
    const id = u16(extra, at);
    const size = u16(extra, at + 2);
    out.set(id, extra.subarray(at + 4, Math.min(extra.length, at + 4 + size)));
    at += 4 + size;
  }
  return out;
}

/**
 * APPNOTE 4.5.3: the ZIP64 extra block holds, in this order, only the fields whose 32-bit header value
 * is 0xFFFFFFFF (original size, compressed size, local header offset). A local header that has the block
 * always carries both sizes.
 */
export function zip64Values(
  extra: Uint8Array | undefined,
  header: { size: number; compressedSize: number; offset?: number },
  isLocal: boolean,
): { size: number; compressedSize: number; offset?: number } {
  if (!extra) return header;
  const out = { ...header };
  let at = 0;
  const next = () => {
    const v = at + 8 <= extra.length ? u64(extra, at) : undefined;
    at += 8;
    return v;
  };
  if (isLocal || header.size === MAX32) out.size = next() ?? out.size;
  if (isLocal || header.compressedSize === MAX32) out.compressedSize = next() ?? out.compressedSize;
  if (!isLocal && header.offset === MAX32) out.offset = next() ?? header.offset;
  return out;
}
