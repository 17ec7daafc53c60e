import { describe, expect, it } from 'vitest';
import { DamagedDocumentError } from '../../../../src/documents/documentKind';
import { problemKind } from '../../../../src/documents/records/problem';
import { STORED_FORMATS } from '../storedFormats';

describe('the problem document', () => {
  const stored = STORED_FORMATS['problem']!.reads as Record<string, unknown>;

  it('reads a stored value as it is', () => {
    expect(problemKind.name).toBe('problem');
    expect(problemKind.read(stored, 'x')).toEqual(stored);
  });

  it('refuses a problem without its condition, as damage', () => {
    const { condition: _dropped, ...rest } = stored;
    expect(() => problemKind.read(rest, 'x')).toThrow(DamagedDocumentError);
    expect(() => problemKind.read(null, 'x')).toThrow(DamagedDocumentError);
  });
});
