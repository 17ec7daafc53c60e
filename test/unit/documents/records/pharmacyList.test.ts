import { describe, expect, it } from 'vitest';
import { DamagedDocumentError } from '../../../../src/documents/documentKind';
import { pharmacyListKind } from '../../../../src/documents/records/pharmacyList';

describe('the pharmacy list document', () => {
  it('reads the text as it was pasted', () => {
    expect(pharmacyListKind.read('Metoprolol 50 mg\n', 'latest')).toBe('Metoprolol 50 mg\n');
  });

  it('refuses anything that is not text, as damage', () => {
    expect(() => pharmacyListKind.read({ text: 'x' }, 'latest')).toThrow(DamagedDocumentError);
  });
});
