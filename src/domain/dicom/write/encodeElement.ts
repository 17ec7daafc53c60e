import { concatBytes } from '../../bytes/concatBytes';
/**
 * A hand-written DICOM data element encoder (PS3.5 7.1). No JavaScript library writes elements byte by byte
 * the way a DICOMDIR and a de-identified copy need them (defined lengths, exact padding, untouched
 * neighbours), so this small writer does, for every transfer syntax encoding: explicit or implicit VR,
 * little or big endian.
 */

export interface ElementEncoding {
  readonly explicitVr: boolean;
  readonly littleEndian: boolean;
}

export const EXPLICIT_LITTLE: ElementEncoding = { explicitVr: true, littleEndian: true };

/** VRs whose explicit header has a reserved field and a 32-bit length (PS3.5 Table 7.1-1). */
const LONG_HEADER_VRS = new Set([
  'OB',
  'OD',
  'OF',
  'OL',
  'OV',
  'OW',
  'SQ',
  'SV',
  'UC',
  'UN',
  'UR',
  'UT',
  'UV',
]);

/** Text VRs are padded with a space; UI with NUL; binary VRs with NUL (PS3.5 6.2). */
const TEXT_VRS = new Set([
  'AE',
  'AS',
  'CS',
  'DA',
  'DS',
  'DT',
  'IS',
  'LO',
  'LT',
  'PN',
  'SH',
  'ST',
  'TM',
  'UC',
  'UR',
  'UT',
]);

export const UNDEFINED_LENGTH = 0xffffffff;

export function isTextVr(vr: string): boolean {
  return TEXT_VRS.has(vr);
}

export function explicitHeaderLength(vr: string): number {
  return LONG_HEADER_VRS.has(vr) ? 12 : 8;
}

export function headerLength(vr: string, encoding: ElementEncoding): number {
  return encoding.explicitVr ? explicitHeaderLength(vr) : 8;
}

export function tagOf(group: number, element: number): number {
  return ((group << 16) | element) >>> 0;
}

/** "(GGGG,EEEE)" for messages a person reads. */
export function formatTag(tag: number): string {
  const hex = tag.toString(16).toUpperCase().padStart(8, '0');
  return `(${hex.slice(0, 4)},${hex.slice(4)})`;
}

export { concatBytes };

/** Pads a value to even length as PS3.5 6.2 asks for its VR. */
export function padValue(bytes: Uint8Array, vr: string): Uint8Array {
  if (bytes.length % 2 === 0) return bytes;
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  out[bytes.length] = TEXT_VRS.has(vr) ? 0x20 : 0x00;
  return out;
}

const utf8 = new TextEncoder();

/**
 * A text value as bytes: strings become UTF-8 (identical to ASCII for the default repertoire; the caller
 * sets Specific Character Set when a string is not ASCII), byte arrays are taken as already encoded.
 */
export function textBytes(value: string | Uint8Array, vr: string): Uint8Array {
  return padValue(typeof value === 'string' ? utf8.encode(value) : value, vr);
}

export function uint16Bytes(values: readonly number[], littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(values.length * 2);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setUint16(i * 2, v, littleEndian));
  return out;
}

export function uint32Bytes(values: readonly number[], littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setUint32(i * 4, v, littleEndian));
  return out;
}

/** Element header: tag, (VR,) length. `length` may be UNDEFINED_LENGTH for SQ/items only. */
export function encodeHeader(tag: number, vr: string, length: number, encoding: ElementEncoding): Uint8Array {
  const size = headerLength(vr, encoding);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const le = encoding.littleEndian;
  view.setUint16(0, tag >>> 16, le);
  view.setUint16(2, tag & 0xffff, le);
  if (!encoding.explicitVr) {
    view.setUint32(4, length, le);
    return out;
  }
  if (vr.length !== 2) throw new Error(`Cannot encode element ${formatTag(tag)}: "${vr}" is not a VR.`);
  out[4] = vr.charCodeAt(0);
  out[5] = vr.charCodeAt(1);
  if (size === 12) {
    view.setUint32(8, length, le);
  } else {
    if (length > 0xffff) {
      throw new Error(
        `Cannot encode element ${formatTag(tag)}: ${length} bytes do not fit a ${vr} value (max 65,534).`,
      );
    }
    view.setUint16(6, length, le);
  }
  return out;
}

/** A whole element with a value already encoded; the value is padded to even length. */
export function encodeElement(
  tag: number,
  vr: string,
  value: Uint8Array,
  encoding: ElementEncoding,
): Uint8Array {
  const padded = padValue(value, vr);
  return concatBytes([encodeHeader(tag, vr, padded.length, encoding), padded]);
}

const ITEM = tagOf(0xfffe, 0xe000);

/** An item (FFFE,E000) of defined length holding already-encoded elements. */
export function encodeItem(content: Uint8Array, encoding: ElementEncoding): Uint8Array {
  const header = new Uint8Array(8);
  const view = new DataView(header.buffer);
  view.setUint16(0, ITEM >>> 16, encoding.littleEndian);
  view.setUint16(2, ITEM & 0xffff, encoding.littleEndian);
  view.setUint32(4, content.length, encoding.littleEndian);
  return concatBytes([header, content]);
}

/** A sequence of defined length whose items hold the given already-encoded contents. */
export function encodeSequence(
  tag: number,
  items: readonly Uint8Array[],
  encoding: ElementEncoding,
): Uint8Array {
  const body = concatBytes(items.map((content) => encodeItem(content, encoding)));
  return concatBytes([encodeHeader(tag, 'SQ', body.length, encoding), body]);
}
