import { concatBytes as concat } from '../../../src/domain/bytes/concatBytes';

/**
 * Builds small, valid DICOM Part 10 files in code (explicit VR little endian), for tests that must run
 * anywhere: the habit of dicomParser's tests and VolView's syntheticDicom.
 */
export interface DicomElement {
  readonly tag: number;
  readonly vr: string;
  readonly value: string | Uint8Array | Uint16Array;
}

const LONG_VRS = new Set(['OB', 'OW', 'OF', 'SQ', 'UT', 'UN', 'UC', 'UR', 'OD', 'OL', 'OV']);
const encoder = new TextEncoder();

function valueBytes(element: DicomElement): Uint8Array {
  const { value, vr } = element;
  let bytes: Uint8Array =
    typeof value === 'string'
      ? encoder.encode(value)
      : value instanceof Uint16Array
        ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
        : value;
  if (bytes.length % 2 === 1) {
    const padded = new Uint8Array(bytes.length + 1);
    padded.set(bytes);
    padded[bytes.length] = vr === 'UI' || vr === 'OB' ? 0 : 0x20;
    bytes = padded;
  }
  return bytes;
}

function encodeElement(element: DicomElement): Uint8Array {
  const value = valueBytes(element);
  const long = LONG_VRS.has(element.vr);
  const header = new Uint8Array(long ? 12 : 8);
  const view = new DataView(header.buffer);
  view.setUint16(0, element.tag >>> 16, true);
  view.setUint16(2, element.tag & 0xffff, true);
  header[4] = element.vr.charCodeAt(0);
  header[5] = element.vr.charCodeAt(1);
  if (long) view.setUint32(8, value.length, true);
  else view.setUint16(6, value.length, true);
  const out = new Uint8Array(header.length + value.length);
  out.set(header);
  out.set(value, header.length);
  return out;
}

export interface SyntheticImage {
  readonly patientName: string;
  readonly patientId: string;
  readonly studyDescription: string;
  readonly studyInstanceUid: string;
  readonly seriesInstanceUid: string;
  readonly sopInstanceUid: string;
  readonly instanceNumber?: number;
  readonly rows?: number;
  readonly columns?: number;
  /** Pixel values; default: a gradient. */
  readonly pixels?: Uint16Array;
  readonly extra?: readonly DicomElement[];
  /** Declared in the file meta; the data set is written explicit VR little endian whatever it says. */
  readonly transferSyntaxUid?: string;
}

/** A CT-like Part 10 file: file meta, patient/study/series/instance attributes, 16-bit pixel data. */
export function buildDicom(image: SyntheticImage): Uint8Array {
  const rows = image.rows ?? 16;
  const columns = image.columns ?? 16;
  const pixels = image.pixels ?? Uint16Array.from({ length: rows * columns }, (_, i) => (i * 37) % 4096);
  const sopClass = '1.2.840.10008.5.1.4.1.1.2';
  const metaElements: DicomElement[] = [
    { tag: 0x00020001, vr: 'OB', value: new Uint8Array([0, 1]) },
    { tag: 0x00020002, vr: 'UI', value: sopClass },
    { tag: 0x00020003, vr: 'UI', value: image.sopInstanceUid },
    { tag: 0x00020010, vr: 'UI', value: image.transferSyntaxUid ?? '1.2.840.10008.1.2.1' },
    { tag: 0x00020012, vr: 'UI', value: '1.2.826.0.1.3680043.10.1234.1' },
  ];
  const meta = concat(metaElements.map(encodeElement));
  const groupLength = new Uint8Array(4);
  new DataView(groupLength.buffer).setUint32(0, meta.length, true);
  const dataset: DicomElement[] = [
    { tag: 0x00080016, vr: 'UI', value: sopClass },
    { tag: 0x00080018, vr: 'UI', value: image.sopInstanceUid },
    { tag: 0x00080060, vr: 'CS', value: 'CT' },
    { tag: 0x00081030, vr: 'LO', value: image.studyDescription },
    { tag: 0x00100010, vr: 'PN', value: image.patientName },
    { tag: 0x00100020, vr: 'LO', value: image.patientId },
    { tag: 0x0020000d, vr: 'UI', value: image.studyInstanceUid },
    { tag: 0x0020000e, vr: 'UI', value: image.seriesInstanceUid },
    { tag: 0x00200013, vr: 'IS', value: String(image.instanceNumber ?? 1) },
    { tag: 0x00280002, vr: 'US', value: new Uint16Array([1]) },
    { tag: 0x00280004, vr: 'CS', value: 'MONOCHROME2' },
    { tag: 0x00280010, vr: 'US', value: new Uint16Array([rows]) },
    { tag: 0x00280011, vr: 'US', value: new Uint16Array([columns]) },
    { tag: 0x00280100, vr: 'US', value: new Uint16Array([16]) },
    { tag: 0x00280101, vr: 'US', value: new Uint16Array([12]) },
    { tag: 0x00280102, vr: 'US', value: new Uint16Array([11]) },
    { tag: 0x00280103, vr: 'US', value: new Uint16Array([0]) },
    ...(image.extra ?? []),
    { tag: 0x7fe00010, vr: 'OW', value: pixels },
  ];
  dataset.sort((a, b) => a.tag - b.tag);
  return concat([
    new Uint8Array(128),
    encoder.encode('DICM'),
    encodeElement({ tag: 0x00020000, vr: 'UL', value: groupLength }),
    meta,
    ...dataset.map(encodeElement),
  ]);
}
