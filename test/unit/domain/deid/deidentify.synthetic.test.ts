import { parseDicom } from 'dicom-parser';
import { describe, expect, it } from 'vitest';
import { createDeidContext, deidentify } from '../../../../src/domain/deid';
import {
  concatBytes,
  encodeElement,
  encodeSequence,
  textBytes,
  type ElementEncoding,
} from '../../../../src/domain/dicom/write/encodeElement';
import { encodeFileMeta } from '../../../../src/domain/dicom/write/fileMeta';

const IMPLICIT: ElementEncoding = { explicitVr: false, littleEndian: true };
const EXPLICIT: ElementEncoding = { explicitVr: true, littleEndian: true };

/** A small SR-like instance with private elements at the top and inside a sequence item. */
function syntheticFile(
  encoding: ElementEncoding,
  transferSyntaxUid: string,
): { bytes: Uint8Array; pixels: Uint8Array } {
  const t = (tag: number, vr: string, value: string) =>
    encodeElement(tag, vr, textBytes(value, vr), encoding);
  const pixels = Uint8Array.from({ length: 64 }, (_, i) => (i * 37) & 0xff);
  const item = concatBytes([
    t(0x00081155, 'UI', '1.2.3.4.5.6'),
    t(0x00091010, 'LO', 'private in item'),
    t(0x0040a123, 'PN', 'Smith^Anna'),
  ]);
  const body = concatBytes([
    t(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.7'),
    t(0x00080018, 'UI', '1.2.3.4.5.7'),
    t(0x00081030, 'LO', 'CT HEAD Doe 2019-05-01'),
    t(0x00090010, 'LO', 'ACME'),
    t(0x00091001, 'LO', 'secret'),
    t(0x00100010, 'PN', 'Doe^John'),
    t(0x00100020, 'LO', 'MRN777'),
    t(0x0020000d, 'UI', '1.2.3.4.5'),
    encodeSequence(0x0040a730, [item], encoding),
    encodeElement(0x7fe00010, 'OB', pixels, encoding),
  ]);
  const meta = encodeFileMeta({
    mediaStorageSopClassUid: '1.2.840.10008.5.1.4.1.1.7',
    mediaStorageSopInstanceUid: '1.2.3.4.5.7',
    transferSyntaxUid,
    implementationClassUid: '1.2.3',
  });
  return { bytes: concatBytes([meta, body]), pixels };
}

describe.each([
  ['explicit', EXPLICIT, '1.2.840.10008.1.2.1'],
  ['implicit', IMPLICIT, '1.2.840.10008.1.2'],
] as const)('deidentify on a built %s VR file', (_, encoding, ts) => {
  it('removes private elements at every depth, remaps UIDs consistently and keeps pixel bytes', () => {
    const { bytes, pixels } = syntheticFile(encoding, ts);
    const context = createDeidContext({ classUid: '1.2.3.9', versionName: 'TEST' });
    const result = deidentify(bytes, { cleanDescriptors: true }, context);
    const ds = parseDicom(result.bytes);
    const keys = Object.keys(ds.elements);
    expect(keys.filter((k) => Number.parseInt(k.slice(1, 5), 16) % 2 === 1)).toEqual([]);
    expect(ds.string('x00100010')).toBe('ANONYMOUS^ANON0001');
    expect(ds.string('x00100020')).toBe('ANON0001');
    expect(ds.string('x00081030')).toBe('CT HEAD');
    const item = ds.elements['x0040a730']?.items?.[0]?.dataSet;
    expect(item && Object.keys(item.elements).filter((k) => k.startsWith('x0009'))).toEqual([]);
    expect(item?.string('x0040a123')).toBe('ANONYMIZED');
    expect(item?.string('x00081155')).toBe(context.uidMap.get('1.2.3.4.5.6'));
    expect(ds.string('x00080018')).toBe(result.sopInstanceUid);
    expect(ds.string('x00020003')).toBe(result.sopInstanceUid);
    expect(ds.string('x0020000d')).toBe(context.uidMap.get('1.2.3.4.5'));
    expect(ds.string('x00120062')).toBe('YES');
    expect(ds.string('x00020010')).toBe(ts);
    const px = ds.elements['x7fe00010'];
    expect(px && result.bytes.subarray(px.dataOffset, px.dataOffset + px.length)).toEqual(pixels);
    // A second file of the same package gets the same study UID and patient pseudonym.
    const again = parseDicom(deidentify(bytes, {}, context).bytes);
    expect(again.string('x0020000d')).toBe(ds.string('x0020000d'));
    expect(again.string('x00100020')).toBe('ANON0001');
  });
});

it('explains what is wrong with a file that is not DICOM', () => {
  const context = createDeidContext({ classUid: '1.2.3.9' });
  expect(() => deidentify(new Uint8Array(200), {}, context)).toThrow(/not a DICOM Part 10 file/i);
});
