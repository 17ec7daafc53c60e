import { describe, expect, it } from 'vitest';
import { DamagedDocumentError } from '../../../src/documents/documentKind';
import { restoreRunKind } from '../../../src/documents/restoreRun';
import { STORED_FORMATS } from './storedFormats';

describe('the restore document', () => {
  const stored = STORED_FORMATS['restore']!.reads as Record<string, unknown>;

  it('reads a stored value as it is', () => {
    expect(restoreRunKind.name).toBe('restore');
    expect(restoreRunKind.read(stored, 'x')).toEqual(stored);
  });

  it('refuses a restore run without its problems, as damage', () => {
    const { problems: _dropped, ...rest } = stored;
    expect(() => restoreRunKind.read(rest, 'x')).toThrow(DamagedDocumentError);
    expect(() => restoreRunKind.read(null, 'x')).toThrow(DamagedDocumentError);
  });
});
