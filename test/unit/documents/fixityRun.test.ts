import { describe, expect, it } from 'vitest';
import { DamagedDocumentError } from '../../../src/documents/documentKind';
import { fixityRunKind } from '../../../src/documents/fixityRun';
import { STORED_FORMATS } from './storedFormats';

describe('the integrity-check document', () => {
  const stored = STORED_FORMATS['integrity-check']!.reads as Record<string, unknown>;

  it('reads a stored value as it is', () => {
    expect(fixityRunKind.name).toBe('integrity-check');
    expect(fixityRunKind.read(stored, 'x')).toEqual(stored);
  });

  it('refuses an integrity check that does not say whether it was cancelled, as damage', () => {
    const { cancelled: _dropped, ...rest } = stored;
    expect(() => fixityRunKind.read(rest, 'x')).toThrow(DamagedDocumentError);
    expect(() => fixityRunKind.read(null, 'x')).toThrow(DamagedDocumentError);
  });
});
