import { readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDataSet } from '../../../../src/domain/dicom/parse/readDataSet';
import { parsePart10 } from '../../../../src/domain/dicom/parse/parsePart10';
import { parseDataset } from '../../../../src/domain/pixels/dataset/parseDataset';
import { dicomPath } from '../../../sharedData';
import { concat, element, explicitLE, fileMeta } from '../../../support/syntheticDicom.mjs';

const deflated = ['transfer_syntax/image_dfl.dcm', 'transfer_syntax/report_dfl', 'transfer_syntax/wave_dfl'];
const sorted = (elements: object) => Object.keys(elements).sort();

describe('the one data-set reader', () => {
  it.each(deflated)(
    '%s: the import, viewer and writer readers see the same elements, none read from the preamble',
    (path) => {
      const bytes = new Uint8Array(readFileSync(dicomPath(path)));
      const imported = readDataSet(bytes);
      const written = parsePart10(bytes, 'x7fe00010');
      const viewed = parseDataset(bytes);
      if (!imported.ok || !viewed.ok) throw new Error('a deflated fixture did not parse');
      const keys = sorted(imported.dataSet.elements);
      expect(keys).toEqual(sorted(written.dataSet.elements));
      expect(sorted(viewed.value.dataSet.elements)).toEqual(keys);
      expect(keys).not.toContain('x00000000');
      expect(imported.dataSet.string('x00080016')).toBe(written.dataSet.string('x00080016'));
    },
  );
});

describe('a deflated data set that breaks off', () => {
  it('names the element that runs past the end, as for any other file', () => {
    const body = concat([
      explicitLE([[0x00100010, 'PN', 'Doe^Jane']]),
      // (0010,0020) LO declaring 200 bytes, of which only 4 follow.
      element(0x00100020, 'LO', new Uint8Array(4)).map((b, i) => (i === 6 ? 200 : b)),
    ]);
    const file = concat([fileMeta({ transferSyntaxUid: '1.2.840.10008.1.2.1.99' }), deflateSync(body)]);
    const read = readDataSet(file);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(
      /^truncated at byte \d+: element \(0010,0020\) declares 200 bytes/,
    );
    expect(() => parsePart10(file)).toThrow(/^Cannot parse the DICOM data set: /);
  });
});
