import { describe, expect, it } from 'vitest';
import { DamagedDocumentError } from '../../../src/documents/documentKind';
import { backupRunKind } from '../../../src/documents/backupRun';
import { STORED_FORMATS } from './storedFormats';

describe('the backup document', () => {
  const stored = STORED_FORMATS['backup']!.reads as Record<string, unknown>;

  it('reads a stored value as it is', () => {
    expect(backupRunKind.name).toBe('backup');
    expect(backupRunKind.read(stored, 'x')).toEqual(stored);
  });

  it('refuses a backup run without its date, as damage', () => {
    const { at: _dropped, ...rest } = stored;
    expect(() => backupRunKind.read(rest, 'x')).toThrow(DamagedDocumentError);
    expect(() => backupRunKind.read(null, 'x')).toThrow(DamagedDocumentError);
  });
});
