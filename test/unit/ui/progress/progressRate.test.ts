import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, megabytesPerSecond, secondsLeft } from '../../../../src/ui/progress/progressRate';

describe('megabytesPerSecond', () => {
  it('counts decimal megabytes per second, and nothing before any time has passed', () => {
    expect(megabytesPerSecond(5_000_000, 2)).toBe(2.5);
    expect(megabytesPerSecond(1_500_000, 0.5)).toBe(3);
    expect(megabytesPerSecond(123, 0)).toBe(0);
  });
});

describe('formatDuration', () => {
  it('writes seconds under a minute, minutes and padded seconds under an hour, then hours and minutes', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(59.4)).toBe('59 s');
    expect(formatDuration(59.6)).toBe('1 min 00 s');
    expect(formatDuration(3 * 60 + 5)).toBe('3 min 05 s');
    expect(formatDuration(3599)).toBe('59 min 59 s');
    expect(formatDuration(3600 + 2 * 60 + 40)).toBe('1 h 02 min');
    expect(formatDuration(-3)).toBe('0 s');
  });

  it('reads back as the rounded number of seconds (to the minute past an hour)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 * 3600 }), (s) => {
        const m = /^(?:(\d+) h )?(?:(\d+) min)?(?: ?(\d+) s)?$/.exec(formatDuration(s));
        expect(m).not.toBeNull();
        const [, h = '0', min = '0', sec = '0'] = m ?? [];
        const total = Number(h) * 3600 + Number(min) * 60 + Number(sec);
        expect(total).toBe(s < 3600 ? s : s - (s % 60));
      }),
    );
  });
});

describe('secondsLeft', () => {
  it('projects the average rate so far onto what is left', () => {
    // 25 of 100 in 10 s: 2.5 per second, so 75 more take 30 s.
    expect(secondsLeft(25, 100, 10)).toBe(30);
    expect(secondsLeft(100, 100, 10)).toBe(0);
  });

  it('says nothing until something is done and half a second has passed', () => {
    expect(secondsLeft(0, 100, 10)).toBeUndefined();
    expect(secondsLeft(50, 100, 0.4)).toBeUndefined();
  });
});
