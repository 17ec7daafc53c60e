import { deflateSync, zipSync, type Zippable } from 'fflate';
import { concatBytes } from '../../../src/domain/bytes/concatBytes';
import { buildDicom, type SyntheticImage } from '../../support/syntheticDicom.mjs';

/**
 * Hostile archives and files built in code (never committed): ZIPs that lie about an entry's size or
 * honestly expand a thousandfold, overlapping entries, and Deflated Explicit VR Little Endian DICOM whose
 * data set is a bomb. Shared by the unit and end-to-end tests.
 */

const MIB = 1024 * 1024;
const DEFLATED_TS = '1.2.840.10008.1.2.1.99';

/** n zero bytes: DEFLATE's best case, about 1030:1. */
export const zeros = (n: number) => new Uint8Array(n);

/** A ZIP of the given entries, each deflated at level 9 unless the entry says otherwise. */
export function zipOf(entries: Record<string, Uint8Array>, level: 0 | 9 = 9): Uint8Array<ArrayBuffer> {
  const input: Zippable = {};
  for (const [name, data] of Object.entries(entries)) input[name] = [data, { level }];
  return new Uint8Array(zipSync(input));
}

const u32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset).getUint32(at, true);
const setU32 = (b: Uint8Array, at: number, v: number) =>
  new DataView(b.buffer, b.byteOffset).setUint32(at, v, true);

function centralRecords(zip: Uint8Array): number[] {
  const end = zip.length - 22;
  const count = new DataView(zip.buffer, zip.byteOffset).getUint16(end + 10, true);
  const out: number[] = [];
  let at = u32(zip, end + 16);
  for (let i = 0; i < count; i++) {
    out.push(at);
    const view = new DataView(zip.buffer, zip.byteOffset);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/** The same ZIP with every entry claiming `size` expanded bytes (local header and directory alike). */
export function lyingAboutSize(zip: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(zip);
  for (const at of centralRecords(out)) {
    setU32(out, at + 24, size);
    setU32(out, u32(out, at + 42) + 22, size);
  }
  return out;
}

/**
 * A ZIP whose directory lists `copies` entries all pointing at the one local file of `zip` (Fifield's
 * overlapping-entry bomb: one kernel expanded once per entry).
 */
export function overlappingEntries(zip: Uint8Array, copies: number): Uint8Array<ArrayBuffer> {
  const [first] = centralRecords(zip);
  if (first === undefined) throw new Error('empty ZIP');
  const end = zip.length - 22;
  const view = new DataView(zip.buffer, zip.byteOffset);
  const length = 46 + view.getUint16(first + 28, true) + view.getUint16(first + 30, true);
  const record = zip.slice(first, first + length);
  const records = Array.from({ length: copies }, (_, i) => {
    const r = record.slice();
    // Distinct names of the same length (the last name byte), so no "duplicate name" rule hides it.
    r[length - 1] = 0x41 + (i % 26);
    r[length - 2] = 0x41 + Math.floor(i / 26);
    return r;
  });
  const dir = concatBytes(records);
  const tail = zip.slice(end);
  const tailView = new DataView(tail.buffer);
  tailView.setUint16(8, copies, true);
  tailView.setUint16(10, copies, true);
  tailView.setUint32(12, dir.length, true);
  return concatBytes([zip.subarray(0, first), dir, tail]);
}

/** Part 10 DICOM in Deflated Explicit VR Little Endian: the builder's file with its data set deflated. */
export function deflatedDicom(image: SyntheticImage): Uint8Array<ArrayBuffer> {
  const plain = buildDicom({ ...image, transferSyntaxUid: DEFLATED_TS });
  const metaEnd = 132 + 12 + u32(plain, 140);
  return concatBytes([plain.subarray(0, metaEnd), deflateSync(plain.subarray(metaEnd), { level: 9 })]);
}

/** A deflated DICOM whose data set (a zero image of `mib` MiB) inflates about a thousandfold. */
export function deflatedDicomBomb(mib = 256): Uint8Array<ArrayBuffer> {
  const side = Math.floor(Math.sqrt((mib * MIB) / 2));
  return deflatedDicom({
    patientName: 'Bomb^Deflate',
    patientId: 'BOMB1',
    studyDescription: 'Deflate bomb',
    studyInstanceUid: '1.2.826.0.1.3680043.10.1234.91',
    seriesInstanceUid: '1.2.826.0.1.3680043.10.1234.91.1',
    sopInstanceUid: '1.2.826.0.1.3680043.10.1234.91.1.1',
    rows: side,
    columns: side,
    pixels: new Uint16Array(side * side),
  });
}
