/** The encodings a data set without preamble or file meta information can be recognised in. */
export type RawEncoding = 'implicit-le' | 'explicit-le' | 'explicit-be';

const SHORT_VRS = new Set('AE AS AT CS DA DS DT FD FL IS LO LT PN SH SL SS ST TM UI UL US'.split(' '));
const LONG_VRS = new Set('OB OD OF OL OV OW SQ SV UC UN UR UT UV'.split(' '));
/** VRs whose value must be plain ASCII: a cheap extra test that junk rarely passes. */
const ASCII_VRS = new Set('AE AS CS DA DS DT IS TM UI'.split(' '));
const UNDEFINED = 0xffffffff;

/** Enough well-formed elements in a row that chance is ruled out. */
const ELEMENTS_NEEDED = 4;

/**
 * Recognises a DICOM data set that starts at byte 0 with no preamble and no "DICM" (old equipment,
 * PS3.10 files stripped of their meta, ACR-NEMA leftovers). Strict on purpose: the first tag must be in
 * an even group from 0002 to 0028, tags must ascend, lengths must be even and fit in the file, explicit
 * VRs must be real VRs and ASCII-only VRs must hold ASCII. Junk (programs, pictures, text) fails on the
 * first element; only when several elements in a row pass is the file read as DICOM.
 *
 * `head` is the first bytes of the file (a few KiB is plenty), `fileSize` its full size.
 */
export function detectRawDataSet(head: Uint8Array, fileSize: number): RawEncoding | undefined {
  for (const encoding of ['explicit-le', 'explicit-be', 'implicit-le'] as const) {
    if (walks(head, fileSize, encoding)) return encoding;
  }
  return undefined;
}

function walks(head: Uint8Array, fileSize: number, encoding: RawEncoding): boolean {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const little = encoding !== 'explicit-be';
  let pos = 0;
  let previous = -1;
  let count = 0;
  while (count < ELEMENTS_NEEDED) {
    if (pos === fileSize) return count >= 2;
    if (pos + 8 > head.length) return count >= 3 && pos <= fileSize;
    const group = view.getUint16(pos, little);
    const element = view.getUint16(pos + 2, little);
    const tag = group * 0x10000 + element;
    if (count === 0 && (group % 2 !== 0 || group < 0x0002 || group > 0x0028)) return false;
    if (tag <= previous || group === 0xfffe) return false;
    previous = tag;

    let vr: string | undefined;
    let length: number;
    let header: number;
    if (encoding === 'implicit-le') {
      length = view.getUint32(pos + 4, true);
      header = 8;
      if (element === 0x0000 && length !== 4) return false;
    } else {
      vr = String.fromCharCode(head[pos + 4] as number, head[pos + 5] as number);
      if (SHORT_VRS.has(vr)) {
        length = view.getUint16(pos + 6, little);
        header = 8;
      } else if (LONG_VRS.has(vr)) {
        if (pos + 12 > head.length) return count >= 3;
        if (view.getUint16(pos + 6, little) !== 0) return false;
        length = view.getUint32(pos + 8, little);
        header = 12;
      } else {
        return false;
      }
    }
    count++;
    if (length === UNDEFINED) return count >= 2 && (encoding === 'implicit-le' || vr === 'SQ' || vr === 'UN');
    if (length % 2 !== 0 || pos + header + length > fileSize) return false;
    if (vr && ASCII_VRS.has(vr) && !isAscii(head, pos + header, length)) return false;
    pos += header + length;
  }
  return true;
}

/** Printable ASCII (and NUL padding) over the part of the value that lies inside the head. */
function isAscii(head: Uint8Array, start: number, length: number): boolean {
  const end = Math.min(start + length, head.length);
  for (let i = start; i < end; i++) {
    const b = head[i] as number;
    if (b !== 0 && (b < 0x20 || b > 0x7e)) return false;
  }
  return true;
}
