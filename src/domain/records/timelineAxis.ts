import { daysBetween } from './isoDate';
import type { IsoDate } from './isoDate';

/**
 * Where a date sits on the timeline's axis, from 0 (start) to 1 (end). A range of a single day puts
 * everything in the middle, so one study is not pinned to the edge.
 */
export function axisPosition(date: IsoDate, range: { start: IsoDate; end: IsoDate }): number {
  const span = daysBetween(range.start, range.end);
  if (span <= 0) return 0.5;
  return Math.min(1, Math.max(0, daysBetween(range.start, date) / span));
}

/** Years to label on the axis: about `max` of them, evenly stepped, each with its position. */
export function yearTicks(
  range: { start: IsoDate; end: IsoDate },
  max = 8,
): Array<{ year: number; position: number }> {
  const first = Number(range.start.slice(0, 4)) + (range.start.slice(5) === '01-01' ? 0 : 1);
  const last = Number(range.end.slice(0, 4));
  if (last < first) return [];
  const step = Math.max(1, Math.ceil((last - first + 1) / max));
  const ticks: Array<{ year: number; position: number }> = [];
  for (let year = first; year <= last; year += step) {
    ticks.push({ year, position: axisPosition(`${year}-01-01`, range) });
  }
  return ticks;
}

/**
 * Stacks points on an axis so none overlaps: each point (0..1, in input order) goes to the lowest row whose
 * last point is at least `minGap` to its left. Points must be sorted by position. Returns each one's row.
 */
export function stackRows(positions: readonly number[], minGap: number): number[] {
  const lastInRow: number[] = [];
  return positions.map((p) => {
    let row = lastInRow.findIndex((last) => p - last >= minGap);
    if (row < 0) row = lastInRow.length;
    lastInRow[row] = p;
    return row;
  });
}
