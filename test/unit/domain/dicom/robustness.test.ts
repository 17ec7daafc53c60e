import { readFileSync, statSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { importFlags, seriesFlags } from '../../../../src/domain/dicom/checks/seriesFlags';
import { classifyFile } from '../../../../src/domain/dicom/classify/classifyFile';
import { crossCheckDicomdir } from '../../../../src/domain/dicom/dicomdir/crossCheck';
import { readDicomdir } from '../../../../src/domain/dicom/dicomdir/readDicomdir';
import { groupInstances } from '../../../../src/domain/dicom/group/groupInstances';
import { parseDicomHeader } from '../../../../src/domain/dicom/parseDicomHeader';
import type { DicomInstance } from '../../../../src/domain/dicom/model';
import { dicomPath } from '../../../sharedData';
import { sharedFiles } from './helpers';
import { mutate, mutation } from '../../support/mutate';

// Small files of every layout: Part 10 in each byte order and VR style, bare data sets, deflated,
// encapsulated, DICOMDIRs, malformed ones, and non-DICOM neighbours.
const pool = sharedFiles()
  .filter((f) => f !== 'MANIFEST.tsv' && statSync(dicomPath(f)).size < 40_000)
  .filter((f, i) => !f.startsWith('series/') || i % 20 === 0)
  .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(dicomPath(f))) }));

describe('robustness against damaged files', () => {
  test('classify, parse, DICOMDIR reading, grouping and checks never throw and always explain', () => {
    expect(pool.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(
        fc.constantFrom(...pool),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        ({ name, bytes: original }, mutations) => {
          const bytes = mutate(original, mutations);
          const started = performance.now();
          const kind = classifyFile(name, bytes.length, bytes.subarray(0, 4096));
          expect(kind.kind).toMatch(/^(dicom|dicomdir|junk|not-dicom)$/);
          const instances: DicomInstance[] = [];
          if (kind.kind === 'dicomdir') {
            const dir = readDicomdir(bytes);
            if (dir.ok) crossCheckDicomdir(dir.dicomdir, [{ path: 'A/B', sopInstanceUid: '1.2' }]);
            else expect(dir.reason.length).toBeGreaterThan(0);
          } else {
            const parsed = parseDicomHeader(bytes, name);
            if (parsed.ok) {
              expect(parsed.instance.image.sopInstanceUid).toBeTruthy();
              instances.push(parsed.instance);
            } else {
              expect(parsed.reason.length).toBeGreaterThan(0);
            }
          }
          const grouping = groupInstances(
            instances.map((instance) => ({ instance, sha256: 'x', size: bytes.length })),
          );
          for (const p of grouping.patients)
            for (const s of p.studies) for (const x of s.series) seriesFlags(x, 3);
          importFlags(grouping);
          JSON.stringify(grouping);
          // A hang shows up as a slow case long before the test's own timeout.
          expect(performance.now() - started).toBeLessThan(2000);
        },
      ),
      { numRuns: 1500, seed: 20240611 },
    );
  });

  test('random bytes are never taken for DICOM', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 600 }), (bytes) => {
        const kind = classifyFile('file.bin', bytes.length, bytes);
        expect(kind.kind).not.toBe('dicom');
        const parsed = parseDicomHeader(bytes, 'file.bin');
        expect(parsed.ok).toBe(false);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
