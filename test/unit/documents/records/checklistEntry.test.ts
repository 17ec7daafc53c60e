import { describe, expect, it } from 'vitest';
import { DamagedDocumentError } from '../../../../src/documents/documentKind';
import { checklistEntryKind } from '../../../../src/documents/records/checklistEntry';
import { STORED_FORMATS } from '../storedFormats';

describe('the checklist document', () => {
  const stored = STORED_FORMATS['checklist']!.reads as Record<string, unknown>;

  it('reads a stored value as it is', () => {
    expect(checklistEntryKind.name).toBe('checklist');
    expect(checklistEntryKind.read(stored, 'x')).toEqual(stored);
  });

  it('refuses a checklist entry without its item, as damage', () => {
    const { item: _dropped, ...rest } = stored;
    expect(() => checklistEntryKind.read(rest, 'x')).toThrow(DamagedDocumentError);
    expect(() => checklistEntryKind.read(null, 'x')).toThrow(DamagedDocumentError);
  });
});
