import { describe, expect, it } from 'vitest';
import { dailyFrequency } from '../../../../src/domain/records/medicationFrequency';

describe('dailyFrequency', () => {
  it.each([
    ['once daily', 1],
    ['QD', 1],
    ['every day', 1],
    ['at bedtime', 1],
    ['BID', 2],
    ['twice a day', 2],
    ['2 times daily', 2],
    ['q12h', 2],
    ['every 8 hours', 3],
    ['TID', 3],
    ['four times daily', 4],
    ['every other day', 0.5],
    ['once weekly', 1 / 7],
  ] as const)('%s → %s a day', (text, perDay) => {
    expect(dailyFrequency(text)).toBeCloseTo(perDay);
  });

  it('recognises as-needed and unknown directions', () => {
    expect(dailyFrequency('every 6 hours as needed for pain')).toBe('as-needed');
    expect(dailyFrequency('PRN')).toBe('as-needed');
    expect(dailyFrequency('as directed')).toBe('unknown');
    expect(dailyFrequency('')).toBe('unknown');
  });
});
