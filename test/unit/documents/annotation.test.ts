import { describe, expect, it } from 'vitest';
import { annotationKind } from '../../../src/documents/annotation';
import { DamagedDocumentError } from '../../../src/documents/documentKind';
import { STORED_FORMATS } from './storedFormats';

describe('the annotation document', () => {
  const stored = STORED_FORMATS['annotation']!.reads as Record<string, unknown>;

  it('reads a stored annotation field by field', () => {
    expect(annotationKind.read(stored, 'an-1')).toEqual(stored);
  });

  it('refuses one it cannot draw, saying why (the viewer shows the reason)', () => {
    const read = () => annotationKind.read({ ...stored, kind: 'lasso' }, 'an-1');
    expect(read).toThrow(DamagedDocumentError);
    expect(read).toThrow(/unknown kind "lasso"/);
  });
});
