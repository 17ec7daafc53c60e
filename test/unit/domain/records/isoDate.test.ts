import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  dayRange,
  daysBetween,
  toIsoDate,
} from '../../../../src/domain/records/isoDate';

describe('isoDate', () => {
  it('reads full, partial and timestamp dates', () => {
    expect(dayRange('2019')).toEqual({ first: '2019-01-01', last: '2019-12-31' });
    expect(dayRange('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dayRange('2023-02')).toEqual({ first: '2023-02-01', last: '2023-02-28' });
    expect(toIsoDate('2021-07-04T23:30:00-05:00')).toBe('2021-07-04');
    expect(toIsoDate('2021-02-30')).toBeNull();
    expect(toIsoDate('2021')).toBeNull();
    expect(dayRange('07/04/2021')).toBeNull();
    expect(dayRange(null)).toBeNull();
  });

  it('adds months and years clamping to the month end', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
  });

  it('agrees with Date arithmetic for days', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
        fc.integer({ min: -40000, max: 40000 }),
        (d, n) => {
          const start = d.toISOString().slice(0, 10);
          const expected = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n))
            .toISOString()
            .slice(0, 10);
          expect(addDays(start, n)).toBe(expected);
          expect(daysBetween(start, expected)).toBe(n);
        },
      ),
    );
  });

  it('computes whole years of age', () => {
    expect(ageOn('2000-06-15', '2018-06-14')).toBe(17);
    expect(ageOn('2000-06-15', '2018-06-15')).toBe(18);
    expect(ageOn('2000-02-29', '2001-02-28')).toBe(0);
  });
});
