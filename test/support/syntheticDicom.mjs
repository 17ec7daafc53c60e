// The one synthetic-DICOM builder, for unit tests, end-to-end tests and the benchmark: small Part 10 files
// whose every byte the test chose (the habit of dicomParser's tests and VolView's syntheticDicom). Plain
// JavaScript so `node bench/run.mjs` imports it as it is; its types are in syntheticDicom.d.mts.

/** VRs whose explicit header has a reserved field and a 32-bit length (PS3.5 Table 7.1-1). */
export const LONG_VRS = new Set([
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

export const EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1';
export const EXPLICIT_VR_BIG_ENDIAN = '1.2.840.10008.1.2.2';
const CT_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.2';
const SECONDARY_CAPTURE = '1.2.840.10008.5.1.4.1.1.7';
const IMPLEMENTATION_CLASS = '1.2.826.0.1.3680043.10.1234.1';

const utf8 = new TextEncoder();

export function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The bytes of a typed array as they are in memory (little endian on every platform tests run on). */
export function bytesOf(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/** Each character's low byte: ASCII and Latin-1 text as a file holds it. */
export function latin1(text) {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

/** An odd-length value padded to even length: NUL after a UID (or given `pad`), a space after text. */
export function padEven(bytes, vr, pad = vr === 'UI' ? 0 : 0x20) {
  if (bytes.length % 2 === 0) return bytes;
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  out[bytes.length] = pad;
  return out;
}

/** One explicit VR element, its value as given (no padding): tag, VR, 16- or 32-bit length, value. */
export function element(tag, vr, value, { bigEndian = false, undefinedLength = false } = {}) {
  const long = LONG_VRS.has(vr);
  const header = new Uint8Array(long ? 12 : 8);
  const view = new DataView(header.buffer);
  view.setUint16(0, tag >>> 16, !bigEndian);
  view.setUint16(2, tag & 0xffff, !bigEndian);
  header[4] = vr.charCodeAt(0);
  header[5] = vr.charCodeAt(1);
  if (long) view.setUint32(8, undefinedLength ? 0xffffffff : value.length, !bigEndian);
  else view.setUint16(6, value.length, !bigEndian);
  return concat([header, value]);
}

/** One implicit VR little endian element, its value as given: tag, 32-bit length, value. */
export function implicitElement(tag, value) {
  const header = new Uint8Array(8);
  const view = new DataView(header.buffer);
  view.setUint16(0, tag >>> 16, true);
  view.setUint16(2, tag & 0xffff, true);
  view.setUint32(4, value.length, true);
  return concat([header, value]);
}

/** An item (FFFE,`itemElement`) of defined length, little endian. */
export function item(itemElement, data) {
  const header = new Uint8Array(8);
  const view = new DataView(header.buffer);
  view.setUint16(0, 0xfffe, true);
  view.setUint16(2, itemElement, true);
  view.setUint32(4, data.length, true);
  return concat([header, data]);
}

const ui = (tag, uid) => element(tag, 'UI', padEven(utf8.encode(uid), 'UI'));

/**
 * The 128-byte preamble, "DICM" and the file meta information (explicit VR little endian, group length
 * first): Version, then each UID given, in tag order.
 */
export function fileMeta({ transferSyntaxUid, sopClassUid, sopInstanceUid, implementationClassUid }) {
  const body = concat([
    element(0x00020001, 'OB', new Uint8Array([0, 1])),
    ...(sopClassUid === undefined ? [] : [ui(0x00020002, sopClassUid)]),
    ...(sopInstanceUid === undefined ? [] : [ui(0x00020003, sopInstanceUid)]),
    ui(0x00020010, transferSyntaxUid),
    ...(implementationClassUid === undefined ? [] : [ui(0x00020012, implementationClassUid)]),
  ]);
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, body.length, true);
  const prefix = new Uint8Array(132);
  prefix.set([0x44, 0x49, 0x43, 0x4d], 128);
  return concat([prefix, element(0x00020000, 'UL', length), body]);
}

// --- A CT-like image from its identifying attributes -------------------------------------------------

function imageValue({ value, vr }) {
  const bytes = typeof value === 'string' ? utf8.encode(value) : bytesOf(value);
  return padEven(bytes, vr, vr === 'UI' || vr === 'OB' ? 0 : 0x20);
}

/** A CT-like Part 10 file: file meta, patient/study/series/instance attributes, 16-bit pixel data. */
export function buildDicom(image) {
  const rows = image.rows ?? 16;
  const columns = image.columns ?? 16;
  const pixels = image.pixels ?? Uint16Array.from({ length: rows * columns }, (_, i) => (i * 37) % 4096);
  const us = (n) => new Uint16Array([n]);
  const dataSet = [
    { tag: 0x00080016, vr: 'UI', value: CT_IMAGE_STORAGE },
    { tag: 0x00080018, vr: 'UI', value: image.sopInstanceUid },
    { tag: 0x00080060, vr: 'CS', value: 'CT' },
    { tag: 0x00081030, vr: 'LO', value: image.studyDescription },
    { tag: 0x00100010, vr: 'PN', value: image.patientName },
    { tag: 0x00100020, vr: 'LO', value: image.patientId },
    { tag: 0x0020000d, vr: 'UI', value: image.studyInstanceUid },
    { tag: 0x0020000e, vr: 'UI', value: image.seriesInstanceUid },
    { tag: 0x00200013, vr: 'IS', value: String(image.instanceNumber ?? 1) },
    { tag: 0x00280002, vr: 'US', value: us(1) },
    { tag: 0x00280004, vr: 'CS', value: 'MONOCHROME2' },
    { tag: 0x00280010, vr: 'US', value: us(rows) },
    { tag: 0x00280011, vr: 'US', value: us(columns) },
    { tag: 0x00280100, vr: 'US', value: us(16) },
    { tag: 0x00280101, vr: 'US', value: us(12) },
    { tag: 0x00280102, vr: 'US', value: us(11) },
    { tag: 0x00280103, vr: 'US', value: us(0) },
    ...(image.extra ?? []),
    { tag: 0x7fe00010, vr: 'OW', value: pixels },
  ].sort((a, b) => a.tag - b.tag);
  return concat([
    fileMeta({
      transferSyntaxUid: image.transferSyntaxUid ?? EXPLICIT_VR_LITTLE_ENDIAN,
      sopClassUid: CT_IMAGE_STORAGE,
      sopInstanceUid: image.sopInstanceUid,
      implementationClassUid: IMPLEMENTATION_CLASS,
    }),
    ...dataSet.map((e) => element(e.tag, e.vr, imageValue(e))),
  ]);
}

// --- Elements as [tag, vr, value], numbers as raw bytes ------------------------------------------------

function rawValue(vr, value) {
  if (value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return new Uint8Array(value);
  return padEven(latin1(value), vr);
}

/** Encodes [tag, vr, value] elements in explicit VR little endian, in the order given. */
export function explicitLE(elements) {
  return concat(elements.map(([tag, vr, value]) => element(tag, vr, rawValue(vr, value))));
}

/** A Part 10 file: file meta (a Secondary Capture by default), then `dataSet` in explicit VR little endian. */
export function part10(dataSet, transferSyntaxUid = EXPLICIT_VR_LITTLE_ENDIAN) {
  const sop = dataSet.find(([t]) => t === 0x00080018)?.[2];
  return concat([
    fileMeta({
      transferSyntaxUid,
      sopClassUid: SECONDARY_CAPTURE,
      sopInstanceUid: typeof sop === 'string' ? sop : '1.2.3',
    }),
    explicitLE(dataSet),
  ]);
}

/** The minimal identifying elements of an image, `overrides` replacing or adding, in tag order. */
export function minimalImage(overrides = []) {
  const base = [
    [0x00080016, 'UI', CT_IMAGE_STORAGE],
    [0x00080018, 'UI', '1.2.3.4.5'],
    [0x00080060, 'CS', 'CT'],
    [0x00100010, 'PN', 'Doe^Jane'],
    [0x00100020, 'LO', 'P1'],
    [0x0020000d, 'UI', '1.2.3.1'],
    [0x0020000e, 'UI', '1.2.3.2'],
  ];
  const byTag = new Map(base.map((e) => [e[0], e]));
  for (const e of overrides) byTag.set(e[0], e);
  return [...byTag.values()].sort((a, b) => a[0] - b[0]);
}

// --- Pixel-layout files: [group, element, vr, value], numbers as US/SS or 32-bit values -------------

function numericValue(vr, value, bigEndian) {
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string')
    return utf8.encode(value.length % 2 ? value + (vr === 'UI' ? '\0' : ' ') : value);
  const width = vr === 'US' || vr === 'SS' ? 2 : 4;
  const out = new Uint8Array(value.length * width);
  const view = new DataView(out.buffer);
  value.forEach((v, i) =>
    width === 2 ? view.setUint16(i * 2, v & 0xffff, !bigEndian) : view.setUint32(i * 4, v >>> 0, !bigEndian),
  );
  return out;
}

function groupElement([group, el, vr, value], bigEndian, undefinedLength = false) {
  return element(((group << 16) | el) >>> 0, vr, numericValue(vr, value, bigEndian), {
    bigEndian,
    undefinedLength,
  });
}

/** Encapsulated Pixel Data: a Basic Offset Table item, the fragments, a sequence delimiter. */
export function encapsulated(fragments, offsets = []) {
  const bot = new Uint8Array(offsets.length * 4);
  offsets.forEach((o, i) => new DataView(bot.buffer).setUint32(i * 4, o, true));
  return concat([
    groupElement([0x7fe0, 0x0010, 'OB', new Uint8Array(0)], false, true),
    item(0xe000, bot),
    ...fragments.map((f) => item(0xe000, f)),
    item(0xe0dd, new Uint8Array(0)),
  ]);
}

/** A Part 10 file: meta with only the transfer syntax, then the elements (sorted by the caller). */
export function buildPart10(transferSyntaxUid, elements, pixelData) {
  const bigEndian = transferSyntaxUid === EXPLICIT_VR_BIG_ENDIAN;
  return concat([
    fileMeta({ transferSyntaxUid }),
    ...elements.map((e) => groupElement(e, bigEndian)),
    ...(pixelData ? [pixelData] : []),
  ]);
}

/** Image Pixel attributes in tag order (0028,0002 ... 0028,0103). */
export function imagePixel(a) {
  const samples = a.samples ?? 1;
  const out = [
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

/** Native Pixel Data (OB) holding `bytes`, padded to even length. */
export function nativePixelData(bytes, bigEndian = false) {
  return groupElement([0x7fe0, 0x0010, 'OB', padEven(bytes, 'OB', 0)], bigEndian);
}
