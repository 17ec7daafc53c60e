import { describe, expect, it } from 'vitest';
import { DamagedDocumentError } from '../../../src/documents/documentKind';
import { damagedOriginalKind } from '../../../src/documents/damagedOriginal';
import { STORED_FORMATS } from './storedFormats';

describe('the damaged-original document', () => {
  const stored = STORED_FORMATS['damaged-original']!.reads as Record<string, unknown>;

  it('reads a stored value as it is', () => {
    expect(damagedOriginalKind.name).toBe('damaged-original');
    expect(damagedOriginalKind.read(stored, 'x')).toEqual(stored);
  });

  it('refuses a damaged original without the address of its bytes, as damage', () => {
    const { address: _dropped, ...rest } = stored;
    expect(() => damagedOriginalKind.read(rest, 'x')).toThrow(DamagedDocumentError);
    expect(() => damagedOriginalKind.read(null, 'x')).toThrow(DamagedDocumentError);
  });
});
