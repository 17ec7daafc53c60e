import { describe, expect, it } from 'vitest';
import {
  DESKTOP_SLICE_BUDGET,
  PHONE_SLICE_BUDGET,
  sliceBudgetFor,
  slicesToEvict,
} from '../../../../src/domain/viewing';

const MIB = 1024 * 1024;
const slices = (n: number, size: number) => new Map(Array.from({ length: n }, (_, i) => [i, size]));

describe('the slice budget', () => {
  it('is the phone one on a small-memory device or a small touch screen, else the desktop one', () => {
    expect(sliceBudgetFor({ deviceMemoryGiB: 2, coarsePointer: false, shortScreenSide: 1080 })).toBe(
      PHONE_SLICE_BUDGET,
    );
    expect(sliceBudgetFor({ deviceMemoryGiB: 8, coarsePointer: true, shortScreenSide: 390 })).toBe(
      DESKTOP_SLICE_BUDGET,
    );
    expect(sliceBudgetFor({ coarsePointer: true, shortScreenSide: 390 })).toBe(PHONE_SLICE_BUDGET);
    expect(sliceBudgetFor({ coarsePointer: true, shortScreenSide: 1024 })).toBe(DESKTOP_SLICE_BUDGET);
    expect(sliceBudgetFor({ coarsePointer: false, shortScreenSide: 390 })).toBe(DESKTOP_SLICE_BUDGET);
  });

  it('keeps a 500-slice CT on a phone to 48 slices at most, nearest first', () => {
    // Scrolling through every slice of a 512x512x16-bit CT, as the loader adds them.
    const cached = new Map<number, number>();
    let most = 0;
    for (let current = 0; current < 500; current++) {
      cached.set(current, 0.5 * MIB);
      for (const index of slicesToEvict(cached, current, PHONE_SLICE_BUDGET, 12)) cached.delete(index);
      most = Math.max(most, cached.size);
      for (let d = 0; d <= 12; d++) if (current - d >= 0) expect(cached.has(current - d)).toBe(true);
    }
    expect(most).toBeLessThanOrEqual(PHONE_SLICE_BUDGET.slices);
  });

  it('trims by bytes to 80 % of the budget, never the slices next to the current one', () => {
    const big = slices(60, 4 * MIB); // 240 MiB of 2k x 2k frames
    const evicted = slicesToEvict(big, 30, PHONE_SLICE_BUDGET, 12);
    const left = [...big.keys()].filter((i) => !evicted.includes(i));
    expect(left.length * 4 * MIB).toBeGreaterThan(PHONE_SLICE_BUDGET.bytes * 0.8 - 4 * MIB);
    expect(left.length).toBe(25);
    for (let i = 18; i <= 42; i++) expect(left).toContain(i);
  });

  it('drops nothing within the budget', () => {
    expect(slicesToEvict(slices(40, MIB), 5, PHONE_SLICE_BUDGET, 12)).toEqual([]);
  });
});
