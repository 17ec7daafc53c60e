import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDicomHeader } from '../../../../src/domain/dicom/parseDicomHeader';
import { parsePart10 } from '../../../../src/domain/dicom/parse/parsePart10';
import {
  BoundedInflater,
  ExpansionRefused,
  FREE_EXPANSION,
  INFLATE_PIECE,
  inflateDataSet,
} from '../../../../src/domain/inflate';
import { parseDataset } from '../../../../src/domain/pixels/dataset/parseDataset';
import { deflatedDicom, deflatedDicomBomb, zeros } from '../../support/bombs';

const MIB = 1024 * 1024;
/** The most one piece of DEFLATE can add past a limit before it is checked again (1032:1). */
const OVERSHOOT = INFLATE_PIECE * 1032;

function drain(inflater: BoundedInflater, compressed: Uint8Array): number {
  let n = 0;
  for (const part of inflater.push(compressed, true)) n += part.length;
  return n;
}

describe('BoundedInflater', () => {
  it('expands ordinary data exactly, whatever the chunking', () => {
    const data = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 251);
    const compressed = deflateSync(data);
    const inflater = new BoundedInflater('test', { declaredSize: data.length });
    const parts: Uint8Array[] = [];
    for (let at = 0; at < compressed.length; at += 1000)
      parts.push(...inflater.push(compressed.subarray(at, at + 1000), at + 1000 >= compressed.length));
    expect(Buffer.concat(parts).equals(Buffer.from(data))).toBe(true);
  });

  it('stops one piece past the declared size of an entry that lies about it', () => {
    const compressed = deflateSync(zeros(8 * MIB), { level: 9 });
    const inflater = new BoundedInflater('ZIP entry "x.dcm"', { declaredSize: 1000 });
    expect(() => drain(inflater, compressed)).toThrow(
      'ZIP entry "x.dcm" expands far beyond its declared size of 1000 bytes: refused as a decompression bomb.',
    );
    expect(inflater.size).toBeLessThanOrEqual(1000 + OVERSHOOT);
  });

  it('stops an honest bomb at the ratio limit, long before its declared size', () => {
    const size = 64 * MIB;
    const compressed = deflateSync(zeros(size), { level: 9 });
    const inflater = new BoundedInflater('ZIP entry "z"', { declaredSize: size });
    expect(() => drain(inflater, compressed)).toThrow(
      /more than 128 times .*refused as a decompression bomb/,
    );
    expect(inflater.size).toBeLessThanOrEqual(FREE_EXPANSION + OVERSHOOT);
  });

  it('lets highly compressible data through up to the free allowance', () => {
    const data = zeros(FREE_EXPANSION);
    expect(drain(new BoundedInflater('z', {}), deflateSync(data, { level: 9 }))).toBe(data.length);
  });

  it('names damaged compressed data as damage, not as a bomb', () => {
    const compressed = deflateSync(Uint8Array.from({ length: 50_000 }, (_, i) => (i * i * 7919) % 251));
    expect(() => drain(new BoundedInflater('ZIP entry "t"', {}), compressed.subarray(0, 400))).toThrow(
      /ZIP entry "t" is damaged: its compressed data cannot be expanded/,
    );
  });
});

describe('Deflated Explicit VR Little Endian bombs', () => {
  const bomb = deflatedDicomBomb(64);

  it('an ordinary deflated file still parses in all three readers', () => {
    const file = deflatedDicom({
      patientName: 'Deflated^Ok',
      patientId: 'D1',
      studyDescription: 'fine',
      studyInstanceUid: '1.2.3',
      seriesInstanceUid: '1.2.3.4',
      sopInstanceUid: '1.2.3.4.5',
    });
    const header = parseDicomHeader(file, 'ok.dcm');
    expect(header.ok && header.instance.patient.id).toBe('D1');
    expect(parsePart10(file).transferSyntaxUid).toBe('1.2.840.10008.1.2.1.99');
    const pixels = parseDataset(file);
    expect(pixels.ok && pixels.value.dataSet.string('x00100020')).toBe('D1');
  });

  it('is refused by the header reader used on import, with the reason', () => {
    expect(bomb.length).toBeLessThan(MIB);
    const header = parseDicomHeader(bomb, 'bomb.dcm');
    expect(header.ok).toBe(false);
    expect(!header.ok && header.reason).toMatch(
      /deflated data set expands more than 128 times its compressed size .*refused as a decompression bomb/,
    );
  });

  it('is refused by the DICOMDIR writer and the pixel reader', () => {
    expect(() => parsePart10(bomb)).toThrow(/refused as a decompression bomb/);
    const pixels = parseDataset(bomb);
    expect(!pixels.ok && pixels.error.message).toMatch(/refused as a decompression bomb/);
  });

  it('inflates at most the allowance before refusing', () => {
    let seen = 0;
    const position = 132 + 12 + new DataView(bomb.buffer, bomb.byteOffset).getUint32(140, true);
    const inflater = new BoundedInflater('probe', {});
    try {
      for (const part of inflater.push(bomb.subarray(position), true)) seen += part.length;
    } catch (e) {
      expect(e).toBeInstanceOf(ExpansionRefused);
    }
    expect(seen).toBeLessThanOrEqual(FREE_EXPANSION + OVERSHOOT);
    expect(() => inflateDataSet(bomb, position)).toThrow(ExpansionRefused);
  });
});
