import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataSet } from '../../../../src/domain/dicom/parse/readDataSet';
import { parsePart10 } from '../../../../src/domain/dicom/parse/parsePart10';
import { parseDataset } from '../../../../src/domain/pixels/dataset/parseDataset';
import { dicomPath } from '../../../sharedData';

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
