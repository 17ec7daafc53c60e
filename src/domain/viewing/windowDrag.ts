import type { WindowLevel } from '../pixels';

/**
 * Window/level after a drag, as established viewers do it: right widens the window, down raises the
 * level (the image darkens). `unitsPerPixel` scales the step to the data's range, so an 8-bit image and
 * a CT in Hounsfield units both respond usefully.
 */
export function dragWindow(start: WindowLevel, dx: number, dy: number, unitsPerPixel: number): WindowLevel {
  return {
    center: start.center + dy * unitsPerPixel,
    width: Math.max(1, start.width + dx * unitsPerPixel),
    explanation: 'Custom',
  };
}

/** A step that crosses the whole value range in about 600 screen pixels (at least 0.1 unit). */
export function windowStep(minValue: number, maxValue: number): number {
  const range = Math.abs(maxValue - minValue);
  return Math.max(0.1, range / 600);
}
