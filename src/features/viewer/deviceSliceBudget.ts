import { sliceBudgetFor, type SliceBudget } from '../../domain/viewing';

/** The slice cache this device affords (domain/viewing/sliceBudget.ts), from what the browser reports. */
export function deviceSliceBudget(): SliceBudget {
  const memory = (navigator as Navigator & { deviceMemory?: number }).deviceMemory;
  return sliceBudgetFor({
    deviceMemoryGiB: typeof memory === 'number' ? memory : undefined,
    coarsePointer: globalThis.matchMedia?.('(pointer: coarse)').matches ?? false,
    shortScreenSide: Math.min(screen.width, screen.height),
  });
}
