import { describe, expect, it } from 'vitest';
import { DamagedDocumentError } from '../../../../src/documents/documentKind';
import { allergyKind } from '../../../../src/documents/records/allergy';
import { STORED_FORMATS } from '../storedFormats';

describe('the allergy document', () => {
  const stored = STORED_FORMATS['allergy']!.reads as Record<string, unknown>;

  it('reads a stored value as it is', () => {
    expect(allergyKind.name).toBe('allergy');
    expect(allergyKind.read(stored, 'x')).toEqual(stored);
  });

  it('refuses an allergy without its substance, as damage', () => {
    const { substance: _dropped, ...rest } = stored;
    expect(() => allergyKind.read(rest, 'x')).toThrow(DamagedDocumentError);
    expect(() => allergyKind.read(null, 'x')).toThrow(DamagedDocumentError);
  });
});
