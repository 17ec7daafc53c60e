import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../../../src/domain/bytes/concatBytes';
import { syntaxContradiction } from '../../../../src/domain/dicom';
import { buildDicom } from '../../../support/syntheticDicom.mjs';

const image = {
  patientName: 'Doe^Jane',
  patientId: 'P1',
  studyDescription: 'CT head',
  studyInstanceUid: '1.2.3.4',
  seriesInstanceUid: '1.2.3.4.5',
  sopInstanceUid: '1.2.3.4.5.1',
};

/** buildDicom's file with its declared Transfer Syntax UID replaced (same padded length: 20 bytes). */
function declaring(uid: string): Uint8Array {
  const file = buildDicom(image);
  const text = new TextEncoder().encode('1.2.840.10008.1.2.1\0');
  const at = Buffer.from(file).indexOf(Buffer.from(text));
  const replaced = new TextEncoder().encode(uid.padEnd(20, '\0'));
  return concatBytes([file.subarray(0, at), replaced, file.subarray(at + 20)]);
}

describe('syntaxContradiction', () => {
  it('is silent when the declared syntax is how the data set is encoded', () => {
    expect(syntaxContradiction(buildDicom(image), '1.2.840.10008.1.2.1')).toBeUndefined();
  });

  it('names an Implicit VR declaration over explicit VR elements', () => {
    // Length 17 padded with NULs to 20: the element length stays right, the value says implicit.
    expect(syntaxContradiction(declaring('1.2.840.10008.1.2'), '1.2.840.10008.1.2')).toBe(
      'declares Implicit VR Little Endian (1.2.840.10008.1.2) but its elements are explicit VR little endian',
    );
  });

  it('names a Big Endian declaration over little endian elements', () => {
    expect(syntaxContradiction(declaring('1.2.840.10008.1.2.2'), '1.2.840.10008.1.2.2')).toBe(
      'declares Explicit VR Big Endian (1.2.840.10008.1.2.2) but its elements are explicit VR little endian',
    );
  });

  it('does not judge a deflated or unknown syntax, or a file without the Part 10 prefix', () => {
    expect(syntaxContradiction(buildDicom(image), '1.2.840.10008.1.2.1.99')).toBeUndefined();
    expect(syntaxContradiction(buildDicom(image), '1.2.3.999')).toBeUndefined();
    expect(syntaxContradiction(buildDicom(image).subarray(132), '1.2.840.10008.1.2')).toBeUndefined();
  });
});
