import { concatBytes as concat } from '../../../../src/domain/bytes/concatBytes';

/** Minimal Part 10 files built in code, so the frame readers are tested on bytes whose layout we chose. */
export type ElementSpec = [group: number, element: number, vr: string, value: Uint8Array | string | number[]];

const LONG_VRS = new Set(['OB', 'OW', 'OF', 'OD', 'OV', 'SQ', 'UN', 'UT', 'UC', 'UR']);

function valueBytes(vr: string, value: ElementSpec[3], bigEndian: boolean): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') {
    const padded = value.length % 2 ? value + (vr === 'UI' ? '\0' : ' ') : value;
    return new TextEncoder().encode(padded);
  }
  const width = vr === 'US' || vr === 'SS' ? 2 : 4;
  const out = new Uint8Array(value.length * width);
  const view = new DataView(out.buffer);
  value.forEach((v, i) =>
    width === 2 ? view.setUint16(i * 2, v & 0xffff, !bigEndian) : view.setUint32(i * 4, v >>> 0, !bigEndian),
  );
  return out;
}

function element(spec: ElementSpec, bigEndian: boolean, undefinedLength = false): Uint8Array {
  const [group, el, vr, value] = spec;
  const data = valueBytes(vr, value, bigEndian);
  const long = LONG_VRS.has(vr);
  const header = new Uint8Array(long ? 12 : 8);
  const view = new DataView(header.buffer);
  view.setUint16(0, group, !bigEndian);
  view.setUint16(2, el, !bigEndian);
  header[4] = vr.charCodeAt(0);
  header[5] = vr.charCodeAt(1);
  if (long) view.setUint32(8, undefinedLength ? 0xffffffff : data.length, !bigEndian);
  else view.setUint16(6, data.length, !bigEndian);
  return concat([header, data]);
}

function item(tagElement: number, data: Uint8Array): Uint8Array {
  const header = new Uint8Array(8);
  const view = new DataView(header.buffer);
  view.setUint16(0, 0xfffe, true);
  view.setUint16(2, tagElement, true);
  view.setUint32(4, data.length, true);
  return concat([header, data]);
}

/** Encapsulated Pixel Data: a Basic Offset Table item, the fragments, a sequence delimiter. */
export function encapsulated(fragments: Uint8Array[], offsets: number[] = []): Uint8Array {
  const bot = new Uint8Array(offsets.length * 4);
  offsets.forEach((o, i) => new DataView(bot.buffer).setUint32(i * 4, o, true));
  const header = element([0x7fe0, 0x0010, 'OB', new Uint8Array(0)], false, true);
  return concat([
    header,
    item(0xe000, bot),
    ...fragments.map((f) => item(0xe000, f)),
    item(0xe0dd, new Uint8Array(0)),
  ]);
}

/** A Part 10 file: meta header with the transfer syntax, then the dataset elements (sorted by the caller). */
export function buildDicom(
  transferSyntax: string,
  elements: ElementSpec[],
  pixelData?: Uint8Array,
): Uint8Array {
  const bigEndian = transferSyntax === '1.2.840.10008.1.2.2';
  const metaBody = concat([
    element([0x0002, 0x0001, 'OB', new Uint8Array([0, 1])], false),
    element([0x0002, 0x0010, 'UI', transferSyntax], false),
  ]);
  const groupLength = element([0x0002, 0x0000, 'UL', [metaBody.length]], false);
  const preamble = new Uint8Array(132);
  preamble.set([0x44, 0x49, 0x43, 0x4d], 128);
  return concat([
    preamble,
    groupLength,
    metaBody,
    ...elements.map((e) => element(e, bigEndian)),
    ...(pixelData ? [pixelData] : []),
  ]);
}

/** Image Pixel attributes in tag order (0028,0002 ... 0028,0103). */
export function imagePixel(a: {
  samples?: number;
  photometric?: string;
  planar?: number;
  frames?: number;
  rows: number;
  columns: number;
  bitsAllocated: number;
  bitsStored?: number;
  highBit?: number;
  signed?: boolean;
}): ElementSpec[] {
  const samples = a.samples ?? 1;
  const out: ElementSpec[] = [
    [0x0028, 0x0002, 'US', [samples]],
    [0x0028, 0x0004, 'CS', a.photometric ?? (samples === 3 ? 'RGB' : 'MONOCHROME2')],
  ];
  if (samples > 1) out.push([0x0028, 0x0006, 'US', [a.planar ?? 0]]);
  if (a.frames) out.push([0x0028, 0x0008, 'IS', String(a.frames)]);
  const bitsStored = a.bitsStored ?? a.bitsAllocated;
  out.push(
    [0x0028, 0x0010, 'US', [a.rows]],
    [0x0028, 0x0011, 'US', [a.columns]],
    [0x0028, 0x0100, 'US', [a.bitsAllocated]],
    [0x0028, 0x0101, 'US', [bitsStored]],
    [0x0028, 0x0102, 'US', [a.highBit ?? bitsStored - 1]],
    [0x0028, 0x0103, 'US', [a.signed ? 1 : 0]],
  );
  return out;
}

export function nativePixelData(bytes: Uint8Array, bigEndian = false): Uint8Array {
  const padded = bytes.length % 2 ? concat([bytes, new Uint8Array(1)]) : bytes;
  return element([0x7fe0, 0x0010, 'OB', padded], bigEndian);
}
