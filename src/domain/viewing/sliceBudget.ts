/**
 * How many decoded slices a viewport keeps, and in how many bytes. A phone's browser kills a tab that
 * holds too much (iOS Safari reloads it, losing the place in a 500-slice study), so on a phone the cache is
 * a quarter of the desktop's and capped in slices too. Chosen from what the device reports — its memory
 * where the browser says (navigator.deviceMemory, in GiB, Chromium only), else a coarse pointer on a small
 * screen — never from the browser's name.
 */
export interface SliceBudget {
  readonly bytes: number;
  readonly slices: number;
}

const MIB = 1024 * 1024;

/** A desktop: 384 MiB of decoded frames (about 760 CT slices of 512x512x16 bits), at most 1024 slices. */
export const DESKTOP_SLICE_BUDGET: SliceBudget = { bytes: 384 * MIB, slices: 1024 };

/** A phone: 96 MiB, at most 48 slices (the 25 nearest the current one are always kept). */
export const PHONE_SLICE_BUDGET: SliceBudget = { bytes: 96 * MIB, slices: 48 };

export interface DeviceFacts {
  readonly deviceMemoryGiB?: number | undefined;
  readonly coarsePointer: boolean;
  /** The screen's shorter side in CSS pixels. */
  readonly shortScreenSide: number;
}

export function sliceBudgetFor(device: DeviceFacts): SliceBudget {
  if (device.deviceMemoryGiB !== undefined) {
    return device.deviceMemoryGiB <= 4 ? PHONE_SLICE_BUDGET : DESKTOP_SLICE_BUDGET;
  }
  return device.coarsePointer && device.shortScreenSide < 600 ? PHONE_SLICE_BUDGET : DESKTOP_SLICE_BUDGET;
}

/**
 * The cached slices to drop, farthest from `current` first, until the cache fits the budget (with a
 * margin, so it is not trimmed on every new slice); the `keep` nearest slices on either side always stay,
 * since scrolling needs them next.
 */
export function slicesToEvict(
  cached: ReadonlyMap<number, number>,
  current: number,
  budget: SliceBudget,
  keep: number,
): number[] {
  let bytes = 0;
  for (const size of cached.values()) bytes += size;
  let count = cached.size;
  if (bytes <= budget.bytes && count <= budget.slices) return [];
  const targetBytes = budget.bytes * 0.8;
  const targetCount = Math.floor(budget.slices * 0.8);
  const far = [...cached.keys()].sort((a, b) => Math.abs(b - current) - Math.abs(a - current));
  const out: number[] = [];
  for (const index of far) {
    if ((bytes <= targetBytes && count <= targetCount) || Math.abs(index - current) <= keep) break;
    bytes -= cached.get(index) ?? 0;
    count -= 1;
    out.push(index);
  }
  return out;
}
