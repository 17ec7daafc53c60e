import { describe, expect, it } from 'vitest';
import { DamagedDocumentError } from '../../../../src/documents/documentKind';
import { facilityKind } from '../../../../src/documents/records/facility';
import { STORED_FORMATS } from '../storedFormats';

describe('the facility document', () => {
  const stored = STORED_FORMATS['facility']!.reads as Record<string, unknown>;

  it('reads a stored value as it is', () => {
    expect(facilityKind.name).toBe('facility');
    expect(facilityKind.read(stored, 'x')).toEqual(stored);
  });

  it('refuses a facility without its name, as damage', () => {
    const { name: _dropped, ...rest } = stored;
    expect(() => facilityKind.read(rest, 'x')).toThrow(DamagedDocumentError);
    expect(() => facilityKind.read(null, 'x')).toThrow(DamagedDocumentError);
  });
});
