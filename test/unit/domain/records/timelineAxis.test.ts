import { describe, expect, it } from 'vitest';
import { axisPosition, stackRows, yearTicks } from '../../../../src/domain/records/timelineAxis';

describe('axisPosition', () => {
  it('places dates proportionally in days between the ends', () => {
    const range = { start: '2020-01-01', end: '2020-12-31' };
    expect(axisPosition('2020-01-01', range)).toBe(0);
    expect(axisPosition('2020-12-31', range)).toBe(1);
    // 2020 is a leap year: 1 Jul is day 182 of a 365-day span.
    expect(axisPosition('2020-07-01', range)).toBeCloseTo(182 / 365, 10);
    expect(axisPosition('2019-01-01', range)).toBe(0);
  });

  it('centres everything on a one-day range', () => {
    expect(axisPosition('2020-05-05', { start: '2020-05-05', end: '2020-05-05' })).toBe(0.5);
  });
});

describe('yearTicks', () => {
  it('labels each 1 January inside the range, stepping to stay under the maximum', () => {
    expect(yearTicks({ start: '2015-02-06', end: '2018-03-01' }).map((t) => t.year)).toEqual([
      2016, 2017, 2018,
    ]);
    expect(yearTicks({ start: '2000-01-01', end: '2023-10-16' }, 8).map((t) => t.year)).toEqual([
      2000, 2003, 2006, 2009, 2012, 2015, 2018, 2021,
    ]);
    expect(yearTicks({ start: '2020-03-01', end: '2020-05-01' })).toEqual([]);
  });
});

describe('stackRows', () => {
  it('puts points too close together on rows below, reusing a row once there is room', () => {
    expect(stackRows([0, 0.01, 0.02, 0.1, 0.5, 0.5], 0.05)).toEqual([0, 1, 2, 0, 0, 1]);
    expect(stackRows([], 0.05)).toEqual([]);
  });
});
