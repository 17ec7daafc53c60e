import { describe, expect, it } from 'vitest';
import { DamagedDocumentError } from '../../../../src/documents/documentKind';
import { scanLogRowKind } from '../../../../src/documents/records/scanLogRow';
import { STORED_FORMATS } from '../storedFormats';

describe('the scan-log document', () => {
  const stored = STORED_FORMATS['scan-log']!.reads as Record<string, unknown>;

  it('reads a stored value as it is', () => {
    expect(scanLogRowKind.name).toBe('scan-log');
    expect(scanLogRowKind.read(stored, 'x')).toEqual(stored);
  });

  it('refuses a scan-log row without its id, as damage', () => {
    const { id: _dropped, ...rest } = stored;
    expect(() => scanLogRowKind.read(rest, 'x')).toThrow(DamagedDocumentError);
    expect(() => scanLogRowKind.read(null, 'x')).toThrow(DamagedDocumentError);
  });
});
