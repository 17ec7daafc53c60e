import { describe, expect, it } from 'vitest';
import { explainWriteError } from '../../../../src/domain/package/explainWriteError';

describe('explainWriteError', () => {
  it('says the disk is full or permission was refused, whatever wraps the browser’s error', () => {
    const full = new Error('Could not write "x" to the ZIP', {
      cause: new DOMException('quota', 'QuotaExceededError'),
    });
    expect(explainWriteError(full)).toMatch(/^The disk is full/);
    expect(explainWriteError(new DOMException('no', 'NotAllowedError'))).toMatch(
      /^Permission to write there was refused/,
    );
    expect(explainWriteError(new Error('other'))).toBe('other');
  });
});
