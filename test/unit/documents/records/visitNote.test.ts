import { describe, expect, it } from 'vitest';
import { DamagedDocumentError } from '../../../../src/documents/documentKind';
import { visitNoteKind } from '../../../../src/documents/records/visitNote';
import { STORED_FORMATS } from '../storedFormats';

describe('the visit-note document', () => {
  const stored = STORED_FORMATS['visit-note']!.reads as Record<string, unknown>;

  it('reads a stored value as it is', () => {
    expect(visitNoteKind.name).toBe('visit-note');
    expect(visitNoteKind.read(stored, 'x')).toEqual(stored);
  });

  it('refuses a visit note without its id, as damage', () => {
    const { id: _dropped, ...rest } = stored;
    expect(() => visitNoteKind.read(rest, 'x')).toThrow(DamagedDocumentError);
    expect(() => visitNoteKind.read(null, 'x')).toThrow(DamagedDocumentError);
  });
});
