import { describe, expect, it } from 'vitest';
import { DamagedDocumentError } from '../../../src/documents/documentKind';
import { attachedDocumentKind } from '../../../src/documents/attachedDocument';
import { STORED_FORMATS } from './storedFormats';

describe('the opinion-document document', () => {
  const stored = STORED_FORMATS['opinion-document']!.reads as Record<string, unknown>;

  it('reads a stored value as it is', () => {
    expect(attachedDocumentKind.name).toBe('opinion-document');
    expect(attachedDocumentKind.read(stored, 'x')).toEqual(stored);
  });

  it('refuses an attached document without the address of its bytes, as damage', () => {
    const { address: _dropped, ...rest } = stored;
    expect(() => attachedDocumentKind.read(rest, 'x')).toThrow(DamagedDocumentError);
    expect(() => attachedDocumentKind.read(null, 'x')).toThrow(DamagedDocumentError);
  });
});
