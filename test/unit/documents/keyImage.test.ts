import { describe, expect, it } from 'vitest';
import { DamagedDocumentError } from '../../../src/documents/documentKind';
import { keyImageKind } from '../../../src/documents/keyImage';
import { STORED_FORMATS } from './storedFormats';

describe('the key-image document', () => {
  const stored = STORED_FORMATS['key-image']!.reads as Record<string, unknown>;

  it('reads a stored value as it is', () => {
    expect(keyImageKind.name).toBe('key-image');
    expect(keyImageKind.read(stored, 'x')).toEqual(stored);
  });

  it('refuses a key image without its PNG, as damage', () => {
    const { pngBase64: _dropped, ...rest } = stored;
    expect(() => keyImageKind.read(rest, 'x')).toThrow(DamagedDocumentError);
    expect(() => keyImageKind.read(null, 'x')).toThrow(DamagedDocumentError);
  });
});
