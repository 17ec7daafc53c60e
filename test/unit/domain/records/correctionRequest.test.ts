import { describe, expect, it } from 'vitest';
import {
  correctionReminders,
  correctionStatus,
  dueDate,
} from '../../../../src/domain/records/correctionRequest';
import type { CorrectionRequest } from '../../../../src/domain/records/correctionRequest';

/** Independent of the code under test: calendar arithmetic through Date. */
function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function request(over: Partial<CorrectionRequest>): CorrectionRequest {
  return {
    id: 'c1',
    items: [],
    provider: { name: 'General Hospital', department: '', address: '' },
    sentDate: '2024-01-15',
    extension: null,
    response: null,
    confirmation: null,
    ...over,
  };
}

describe('correction request due dates', () => {
  it('is 60 days after sending, 90 with the single extension', () => {
    expect(dueDate('2024-01-15', false)).toBe(plusDays('2024-01-15', 60));
    expect(dueDate('2024-01-15', true)).toBe(plusDays('2024-01-15', 90));
    expect(dueDate('2023-12-31', false)).toBe('2024-02-29'); // across a year end and a leap day
  });

  it('follows the request from draft to confirmed', () => {
    expect(correctionStatus(request({ sentDate: null }), '2024-01-01')).toBe('draft');
    expect(correctionStatus(request({}), '2024-03-15')).toBe('awaiting-response');
    expect(correctionStatus(request({}), '2024-03-16')).toBe('overdue');
    const extended = request({ extension: { noticeDate: '2024-03-01', reason: 'records off-site' } });
    expect(correctionStatus(extended, '2024-03-16')).toBe('awaiting-response');
    const answered = request({ response: { date: '2024-02-01', outcome: 'accepted', text: '' } });
    expect(correctionStatus(answered, '2024-05-01')).toBe('answered');
    expect(
      correctionStatus({ ...answered, confirmation: { date: '2024-02-10', note: '' } }, '2024-05-01'),
    ).toBe('confirmed');
  });

  it('reminds of requests due within the window and of overdue ones, soonest first', () => {
    const requests = [
      request({ id: 'soon', sentDate: '2024-01-15' }), // due 2024-03-15
      request({ id: 'late', sentDate: '2023-12-01' }), // due 2024-01-30
      request({ id: 'far', sentDate: '2024-03-01' }), // due 2024-04-30
      request({
        id: 'done',
        sentDate: '2023-12-01',
        response: { date: '2024-01-02', outcome: 'denied', text: '' },
      }),
      request({ id: 'draft', sentDate: null }),
    ];
    const today = '2024-03-05';
    const reminders = correctionReminders(requests, today, 14);
    expect(reminders.map((r) => [r.refId, r.date, r.daysLeft, r.overdue])).toEqual([
      ['late', plusDays('2023-12-01', 60), -35, true],
      ['soon', plusDays('2024-01-15', 60), 10, false],
    ]);
    expect(reminders[0]?.message).toContain('General Hospital has not answered');
  });
});
