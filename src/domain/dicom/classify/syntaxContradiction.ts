import { transferSyntax } from '../uids/transferSyntaxes';
import { detectRawDataSet, type RawEncoding } from './detectRawDataSet';
import { hasPart10Prefix, PREFIX_OFFSET } from './part10Meta';

const ENCODING_WORDS: Record<RawEncoding, string> = {
  'implicit-le': 'implicit VR (little endian)',
  'explicit-le': 'explicit VR little endian',
  'explicit-be': 'explicit VR big endian',
};

/** Where the data set starts: after the last element of group 0002 (always explicit VR little endian). */
function dataSetOffset(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = PREFIX_OFFSET + 4;
  while (pos + 8 <= bytes.length && view.getUint16(pos, true) === 0x0002) {
    const vr = String.fromCharCode(bytes[pos + 4] as number, bytes[pos + 5] as number);
    const long = ['OB', 'OW', 'OF', 'SQ', 'UT', 'UN', 'UC', 'UR', 'OD', 'OL', 'OV', 'SV', 'UV'].includes(vr);
    if (long && pos + 12 > bytes.length) return undefined;
    const length = long ? view.getUint32(pos + 8, true) : view.getUint16(pos + 6, true);
    if (length === 0xffffffff) return undefined;
    pos += (long ? 12 : 8) + length;
  }
  return pos <= bytes.length ? pos : undefined;
}

/**
 * When a Part 10 file's declared transfer syntax contradicts how its data set is actually encoded, the
 * precise reason (e.g. "declares Explicit VR Little Endian (1.2.840.10008.1.2.1) but its elements are
 * implicit VR (little endian)"); otherwise undefined. Read as declared, such a file yields garbage or an
 * empty identity (a phantom "unnamed" patient), so it is refused with this reason instead. Only a
 * strict recognition of the first elements counts as evidence (detectRawDataSet); a deflated or unknown
 * syntax, or a data set recognisable in no encoding, is not judged here.
 */
export function syntaxContradiction(bytes: Uint8Array, declaredUid: string | undefined): string | undefined {
  if (!declaredUid || !hasPart10Prefix(bytes)) return undefined;
  const declared = transferSyntax(declaredUid);
  if (!declared || declared.encoding === 'deflated-le') return undefined;
  const start = dataSetOffset(bytes);
  if (start === undefined || start >= bytes.length) return undefined;
  const rest = bytes.subarray(start);
  const found = detectRawDataSet(rest, rest.length);
  if (!found || found === declared.encoding) return undefined;
  return `declares ${declared.name} (${declaredUid}) but its elements are ${ENCODING_WORDS[found]}`;
}
