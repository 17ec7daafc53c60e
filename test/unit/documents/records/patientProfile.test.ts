import { describe, expect, it } from 'vitest';
import { DamagedDocumentError } from '../../../../src/documents/documentKind';
import { EMPTY_PROFILE, patientProfileKind } from '../../../../src/documents/records/patientProfile';

describe('the profile document', () => {
  it('reads a profile, a field it lacks as empty', () => {
    expect(patientProfileKind.read({ name: 'Jane Doe' }, 'patient')).toEqual({
      ...EMPTY_PROFILE,
      name: 'Jane Doe',
    });
  });

  it('refuses a value that is not an object, as damage', () => {
    expect(() => patientProfileKind.read('Jane', 'patient')).toThrow(DamagedDocumentError);
  });
});
