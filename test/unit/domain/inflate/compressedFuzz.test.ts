import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { readPart10Header } from 'dicom-parser';
import { deflateSync, inflateSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { parseDicomHeader } from '../../../../src/domain/dicom/parseDicomHeader';
import { parsePart10 } from '../../../../src/domain/dicom/parse/parsePart10';
import {
  BoundedInflater,
  ExpansionRefused,
  FREE_EXPANSION,
  INFLATE_PIECE,
  InflateDamaged,
  MAX_RATIO,
} from '../../../../src/domain/inflate';
import { parseDataset } from '../../../../src/domain/pixels/dataset/parseDataset';
import { openZipEntry, readCentralDirectory, unzipStream } from '../../../../src/domain/zip/read';
import { dicomPath } from '../../../sharedData';
import { deflatedDicom, deflatedDicomBomb, lyingAboutSize, zeros, zipOf } from '../../support/bombs';
import { mutate, mutation } from '../../support/mutate';

const MIB = 1024 * 1024;
const OVERSHOOT = INFLATE_PIECE * 1032;

const image = deflatedDicom({
  patientName: 'Fuzz^Deflate',
  patientId: 'F1',
  studyDescription: 'compressed fuzz',
  studyInstanceUid: '1.2.826.0.1.3680043.10.1234.55',
  seriesInstanceUid: '1.2.826.0.1.3680043.10.1234.55.1',
  sopInstanceUid: '1.2.826.0.1.3680043.10.1234.55.1.1',
  rows: 64,
  columns: 64,
});
const shared = (name: string) => new Uint8Array(readFileSync(dicomPath('transfer_syntax', name)));

/** Deflated Explicit VR Little Endian files: synthetic, Clunie's two, and a bomb. */
const deflatedFiles = [image, shared('image_dfl.dcm'), shared('report_dfl'), deflatedDicomBomb(40)];

/** What the data set really inflates to, by an unbounded inflater (undefined when it cannot). */
function trueInflatedSize(bytes: Uint8Array): { inflated: number; compressed: number } | undefined {
  try {
    const meta = readPart10Header(bytes);
    if (meta.string('x00020010') !== '1.2.840.10008.1.2.1.99') return undefined;
    const position = (meta as unknown as { position: number }).position;
    const compressed = bytes.length - position;
    return { inflated: inflateSync(bytes.subarray(position)).length, compressed };
  } catch {
    return undefined;
  }
}

const text = new TextEncoder().encode('0123456789abcdef  data/IM1.dcm\n'.repeat(4000));
const zips = [
  zipOf({ 'pkg/data/IM1.dcm': image, 'pkg/manifest-sha256.txt': text }),
  zipOf({ 'pkg/data/IM1.dcm': image, 'pkg/manifest-sha256.txt': text }, 0),
  lyingAboutSize(zipOf({ 'pkg/bomb.bin': zeros(24 * MIB) }), 5000),
];

/** A refusal the person can read: an Error with a sentence, never a bare string or a TypeError. */
function expectNamed(error: unknown, pattern: RegExp): void {
  expect(error).toBeInstanceOf(Error);
  expect(error).not.toBeInstanceOf(TypeError);
  expect((error as Error).message).toMatch(pattern);
}

async function consume(stream: ReadableStream<Uint8Array>): Promise<{ bytes: number; error?: unknown }> {
  const reader = stream.getReader();
  let bytes = 0;
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.length;
    return { bytes };
  } catch (error) {
    return { bytes, error };
  }
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

describe('damaged and hostile compressed inputs', () => {
  test('mutated deflated DICOM: every reader answers with a reason, inflating within the limits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...deflatedFiles),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (original, mutations) => {
          const bytes = mutate(original, mutations);
          const header = parseDicomHeader(bytes, 'f.dcm');
          const pixels = parseDataset(bytes);
          if (!pixels.ok) expect(pixels.error.message.length).toBeGreaterThan(0);
          if (!header.ok) expect(header.reason.length).toBeGreaterThan(0);
          const truth = trueInflatedSize(bytes);
          if (truth && truth.inflated > Math.max(FREE_EXPANSION, truth.compressed * MAX_RATIO)) {
            expect(!header.ok && header.reason).toMatch(/refused as a decompression bomb/);
            expect(!pixels.ok && pixels.error.message).toMatch(/refused as a decompression bomb/);
          }
          try {
            parsePart10(bytes);
          } catch (error) {
            expectNamed(error, /^(Not a DICOM Part 10|Cannot parse the DICOM data set|The file meta)/);
          }
        },
      ),
      { numRuns: 120, seed: 1212 },
    );
  });

  test('mutated DEFLATE streams: only ExpansionRefused or InflateDamaged, output bounded by the ratio', () => {
    const streams = [deflateSync(text), deflateSync(zeros(40 * MIB), { level: 9 }), deflateSync(image)];
    fc.assert(
      fc.property(
        fc.constantFrom(...streams),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (original, mutations) => {
          const compressed = mutate(original, mutations);
          const inflater = new BoundedInflater('s', {});
          try {
            for (const part of inflater.push(compressed, true)) expect(part.length).toBeGreaterThan(0);
          } catch (error) {
            expect(error instanceof ExpansionRefused || error instanceof InflateDamaged).toBe(true);
          }
          expect(inflater.size).toBeLessThanOrEqual(
            Math.max(FREE_EXPANSION, compressed.length * MAX_RATIO) + OVERSHOOT,
          );
        },
      ),
      { numRuns: 120, seed: 99 },
    );
  });

  test('mutated ZIPs: the directory and every entry read or refuse by name, never past the declared size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...zips),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        async (original, mutations) => {
          const bytes = mutate(original, mutations);
          const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
          try {
            const directory = await readCentralDirectory(blob);
            for (const entry of directory.entries) {
              const got = await consume(openZipEntry(blob, entry));
              if (got.error) expectNamed(got.error, /^ZIP entry "/);
              expect(got.bytes).toBeLessThanOrEqual(entry.size + OVERSHOOT);
            }
          } catch (error) {
            expectNamed(error, /ZIP|archive/);
          }
          try {
            for await (const entry of unzipStream(once(bytes))) {
              const got = await consume(entry.stream);
              if (got.error) expectNamed(got.error, /^ZIP entry "/);
              if (entry.size !== undefined) expect(got.bytes).toBeLessThanOrEqual(entry.size + OVERSHOOT);
            }
          } catch (error) {
            expectNamed(error, /ZIP|archive|header/);
          }
        },
      ),
      { numRuns: 150, seed: 4242 },
    );
  });
});
