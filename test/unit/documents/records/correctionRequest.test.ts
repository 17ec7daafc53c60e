import { describe, expect, it } from 'vitest';
import { DamagedDocumentError } from '../../../../src/documents/documentKind';
import { correctionRequestKind } from '../../../../src/documents/records/correctionRequest';
import { STORED_FORMATS } from '../storedFormats';

describe('the correction-request document', () => {
  const stored = STORED_FORMATS['correction-request']!.reads as Record<string, unknown>;

  it('reads a stored value as it is', () => {
    expect(correctionRequestKind.name).toBe('correction-request');
    expect(correctionRequestKind.read(stored, 'x')).toEqual(stored);
  });

  it('refuses a correction request without its provider, as damage', () => {
    const { provider: _dropped, ...rest } = stored;
    expect(() => correctionRequestKind.read(rest, 'x')).toThrow(DamagedDocumentError);
    expect(() => correctionRequestKind.read(null, 'x')).toThrow(DamagedDocumentError);
  });
});
