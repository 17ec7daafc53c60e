// Generates a CT-like disc for the benchmark: 512x512 16-bit slices of a synthetic phantom written as
// DICOM Part 10 files (explicit VR little endian) under <dir>/DICOM/Sxxxxx/IMxxxxx, plus a few junk files
// a real disc carries. Pixel data varies per slice so no two files hash alike.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bytesOf,
  concat,
  element as encode,
  fileMeta,
  latin1,
  padEven,
} from '../test/support/syntheticDicom.mjs';

/** An element whose value is text or a typed array, padded to even length. */
const element = (tag, vr, value) =>
  encode(tag, vr, padEven(typeof value === 'string' ? latin1(value) : bytesOf(value), vr));

const us = (n) => new Uint16Array([n]);

function slice({ studyUid, seriesUid, index, rows, columns, thickness }) {
  const sop = `${seriesUid}.${index + 1}`;
  const pixels = new Int16Array(rows * columns);
  const cx = columns / 2;
  const cy = rows / 2;
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      const r = Math.hypot(x - cx, y - cy);
      const body = r < rows * 0.42 ? 40 : -1000;
      const bone = Math.abs(r - rows * 0.3) < 6 ? 900 : 0;
      pixels[y * columns + x] = body + bone + ((x * 7 + y * 13 + index * 31) % 23) + 1024;
    }
  }
  const z = (index * thickness).toFixed(2);
  return concat([
    fileMeta({
      transferSyntaxUid: '1.2.840.10008.1.2.1',
      sopClassUid: '1.2.840.10008.5.1.4.1.1.2',
      sopInstanceUid: sop,
      implementationClassUid: '1.2.826.0.1.3680043.10.1234.9',
    }),
    element(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.2'),
    element(0x00080018, 'UI', sop),
    element(0x00080020, 'DA', '20240115'),
    element(0x00080060, 'CS', 'CT'),
    element(0x00081030, 'LO', 'BENCH CT CHEST'),
    element(0x0008103e, 'LO', 'AXIAL 1MM'),
    element(0x00100010, 'PN', 'BENCH^PATIENT'),
    element(0x00100020, 'LO', 'BENCH-0001'),
    element(0x00180015, 'CS', 'CHEST'),
    element(0x00180050, 'DS', String(thickness)),
    element(0x0020000d, 'UI', studyUid),
    element(0x0020000e, 'UI', seriesUid),
    element(0x00200011, 'IS', '1'),
    element(0x00200013, 'IS', String(index + 1)),
    element(0x00200032, 'DS', `-200\\-200\\${z}`),
    element(0x00200037, 'DS', '1\\0\\0\\0\\1\\0'),
    element(0x00200052, 'UI', `${studyUid}.9`),
    element(0x00280002, 'US', us(1)),
    element(0x00280004, 'CS', 'MONOCHROME2'),
    element(0x00280010, 'US', us(rows)),
    element(0x00280011, 'US', us(columns)),
    element(0x00280030, 'DS', '0.78125\\0.78125'),
    element(0x00280100, 'US', us(16)),
    element(0x00280101, 'US', us(16)),
    element(0x00280102, 'US', us(15)),
    element(0x00280103, 'US', us(1)),
    element(0x00281050, 'DS', '40'),
    element(0x00281051, 'DS', '400'),
    element(0x00281052, 'DS', '-1024'),
    element(0x00281053, 'DS', '1'),
    element(0x7fe00010, 'OW', pixels),
  ]);
}

/** Writes about `megabytes` of slices; returns { files, bytes }. */
export function makeDisc(dir, megabytes = 500) {
  const rows = 512;
  const columns = 512;
  const perFile = rows * columns * 2 + 1200;
  const count = Math.max(1, Math.round((megabytes * 1e6) / perFile));
  const studyUid = '1.2.826.0.1.3680043.10.1234.77';
  const seriesPerStudy = Math.ceil(count / 300);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const seriesIndex = Math.floor(i / 300);
    const seriesUid = `${studyUid}.${seriesIndex + 1}`;
    const folder = join(dir, 'DICOM', `S${String(seriesIndex + 1).padStart(5, '0')}`);
    mkdirSync(folder, { recursive: true });
    const file = slice({ studyUid, seriesUid, index: i % 300, rows, columns, thickness: 1 });
    writeFileSync(join(folder, `IM${String(i + 1).padStart(5, '0')}`), file);
    bytes += file.length;
  }
  writeFileSync(join(dir, 'AUTORUN.INF'), '[autorun]\r\nopen=viewer.exe\r\n');
  writeFileSync(join(dir, 'README.TXT'), 'Patient images. Open viewer.exe to view.\r\n');
  return { files: count, bytes, series: seriesPerStudy };
}
