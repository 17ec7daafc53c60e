import { describe, expect, it } from 'vitest';
import { entryFor } from '../../../../src/domain/records/checklist';
import { dueDate } from '../../../../src/domain/records/correctionRequest';
import type { CorrectionRequest } from '../../../../src/domain/records/correctionRequest';
import { extendCorrection, markRequestItems } from '../../../../src/domain/records/correctionWorkflow';

const request: CorrectionRequest = {
  id: 'r1',
  items: [
    { item: { kind: 'allergy', id: 'a1' }, section: 'Allergies', recorded: 'x', requested: 'y', reason: '' },
    { item: null, section: 'Other', recorded: 'x', requested: 'y', reason: '' },
  ],
  provider: { name: 'Clinic', department: '', address: '' },
  sentDate: '2024-01-10',
  extension: null,
  response: null,
  confirmation: null,
};

describe('extendCorrection', () => {
  it('allows one extension noticed within the first 60 days, adding 30 days', () => {
    const extended = extendCorrection(request, '2024-03-01', ' staff shortage ');
    if ('error' in extended) throw new Error(extended.error);
    expect(extended.extension).toEqual({ noticeDate: '2024-03-01', reason: 'staff shortage' });
    // 10 Jan 2024 + 60 days = 10 Mar (2024 is a leap year: 21 + 29 + 10); + 30 = 9 Apr.
    expect(dueDate(request.sentDate!, true)).toBe('2024-04-09');
    expect(extendCorrection(extended, '2024-03-02', 'again')).toEqual({
      error: 'The request was already extended on 2024-03-01; only one extension is allowed.',
    });
  });

  it('refuses a late notice, a notice before sending, and a draft', () => {
    const late = extendCorrection(request, '2024-03-11', '');
    expect('error' in late && late.error).toMatch(/within the first 60 days \(by 2024-03-10\)/);
    expect('error' in extendCorrection(request, '2024-01-09', '')).toBe(true);
    expect('error' in extendCorrection({ ...request, sentDate: null }, '2024-01-11', '')).toBe(true);
  });
});

describe('markRequestItems', () => {
  it('sets every linked item of the request to the state, leaving others alone', () => {
    const other = { kind: 'problem' as const, id: 'p1' };
    const before = [{ item: other, state: 'correct' as const, note: 'fine', updatedAt: 't0' }];
    const after = markRequestItems(before, request, 'correction-requested', 't1');
    expect(entryFor(after, { kind: 'allergy', id: 'a1' }).state).toBe('correction-requested');
    expect(entryFor(after, other)).toEqual(before[0]);
    expect(after).toHaveLength(2);
  });
});
