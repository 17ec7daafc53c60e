/** Byte offset of the "DICM" prefix after the 128-byte preamble (PS3.10 7.1). */
export const PREFIX_OFFSET = 128;

export function hasPart10Prefix(head: Uint8Array): boolean {
  return (
    head.length >= PREFIX_OFFSET + 4 &&
    head[128] === 0x44 &&
    head[129] === 0x49 &&
    head[130] === 0x43 &&
    head[131] === 0x4d
  );
}

export interface MetaSummary {
  readonly mediaStorageSopClassUid?: string;
  readonly transferSyntaxUid?: string;
}

/**
 * Reads the two UIDs the classifier needs from the file meta information (group 0002, always explicit VR
 * little endian) in the first bytes of a Part 10 file. Stops quietly at the end of the group or of `head`.
 * Hand-written because it must work on a partial file (the head), which dicom-parser would reject.
 */
export function readMetaSummary(head: Uint8Array): MetaSummary {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let pos = PREFIX_OFFSET + 4;
  const found: { mediaStorageSopClassUid?: string; transferSyntaxUid?: string } = {};
  while (pos + 8 <= head.length) {
    const group = view.getUint16(pos, true);
    const element = view.getUint16(pos + 2, true);
    if (group !== 0x0002) break;
    const vr = String.fromCharCode(head[pos + 4] as number, head[pos + 5] as number);
    const long = ['OB', 'OW', 'OF', 'SQ', 'UT', 'UN', 'UC', 'UR', 'OD', 'OL', 'OV', 'SV', 'UV'].includes(vr);
    if (long && pos + 12 > head.length) break;
    const length = long ? view.getUint32(pos + 8, true) : view.getUint16(pos + 6, true);
    const start = pos + (long ? 12 : 8);
    if (length === 0xffffffff || start + length > head.length) break;
    const value = (): string =>
      String.fromCharCode(...head.subarray(start, start + length))
        .replace(/[\0\s]+$/, '')
        .trim();
    if (element === 0x0002) found.mediaStorageSopClassUid = value();
    if (element === 0x0010) found.transferSyntaxUid = value();
    pos = start + length;
  }
  return found;
}
