import { describe, expect, it } from 'vitest';
import { shareKind } from '../../../src/documents/share';
import { STORED_FORMATS } from './storedFormats';

describe('the share document', () => {
  it('reads a share as the Packages feature, the share log and Verify leave it', () => {
    const stored = STORED_FORMATS['share']!.reads;
    expect(shareKind.read(stored, 'pkg-1')).toEqual(stored);
  });

  it('never refuses a share: missing fields read as neutral defaults, the id as its package id', () => {
    expect(shareKind.read({ verifiedByReceipt: true }, 'pkg-9')).toMatchObject({
      packageId: 'pkg-9',
      specialistId: '',
      studies: [],
      channel: 'other',
      fingerprint: '',
      acknowledged: false,
      verifiedByReceipt: true,
    });
    expect(shareKind.read(null, 'pkg-0').packageId).toBe('pkg-0');
  });
});
