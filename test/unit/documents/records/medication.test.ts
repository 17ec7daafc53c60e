import { describe, expect, it } from 'vitest';
import { DamagedDocumentError } from '../../../../src/documents/documentKind';
import { medicationKind } from '../../../../src/documents/records/medication';
import { STORED_FORMATS } from '../storedFormats';

describe('the medication document', () => {
  const stored = STORED_FORMATS['medication']!.reads as Record<string, unknown>;

  it('reads a stored value as it is', () => {
    expect(medicationKind.name).toBe('medication');
    expect(medicationKind.read(stored, 'x')).toEqual(stored);
  });

  it('refuses a medication without its name, as damage', () => {
    const { name: _dropped, ...rest } = stored;
    expect(() => medicationKind.read(rest, 'x')).toThrow(DamagedDocumentError);
    expect(() => medicationKind.read(null, 'x')).toThrow(DamagedDocumentError);
  });
});
