import type { SeriesGroup } from '../group/groupInstances';
import type { Flag } from './flag';
import { sliceSpacing } from './sliceSpacing';

const LISTED = 10;

function list(values: readonly number[]): string {
  const shown = values.slice(0, LISTED).join(', ');
  return values.length > LISTED ? `${shown} and ${values.length - LISTED} more` : shown;
}

/**
 * Signs of images missing from a series: gaps in the instance numbers, uneven spacing of the slice
 * positions along the slice normal, and (when a DICOMDIR lists the series) fewer images than it lists.
 */
export function missingSlicesCheck(series: SeriesGroup, dicomdirImageCount?: number): Flag[] {
  const flags: Flag[] = [];
  const numbers = [
    ...new Set(
      series.instances.flatMap((e) => e.instance.image.instanceNumber ?? []).filter(Number.isInteger),
    ),
  ].sort((a, b) => a - b);
  const first = numbers[0];
  const last = numbers.at(-1);
  if (
    first !== undefined &&
    last !== undefined &&
    last - first + 1 > numbers.length &&
    last - first < 100_000
  ) {
    const present = new Set(numbers);
    const missing: number[] = [];
    for (let n = first; n <= last; n++) if (!present.has(n)) missing.push(n);
    flags.push({
      code: 'instance-number-gaps',
      text: `instance numbers run from ${first} to ${last} but ${missing.length} are missing: ${list(missing)}`,
    });
  }

  for (const stack of sliceSpacing(series.instances.map((e) => e.instance))) {
    if (!stack.uneven) continue;
    const mm = (x: number): string => `${Number(x.toFixed(2))} mm`;
    const gaps = stack.gaps.map((g) => `about ${g.missing} between ${mm(g.from)} and ${mm(g.to)}`);
    flags.push({
      code: 'uneven-spacing',
      text:
        `slice spacing is uneven: from ${mm(stack.minimum)} to ${mm(stack.maximum)} (mostly ${mm(stack.typical)})` +
        (gaps.length > 0 ? `; slices may be missing: ${gaps.join('; ')}` : ''),
    });
  }

  if (dicomdirImageCount !== undefined && series.instanceCount < dicomdirImageCount) {
    flags.push({
      code: 'fewer-than-dicomdir',
      text: `the disc's DICOMDIR lists ${dicomdirImageCount} images for this series but ${series.instanceCount} were found`,
    });
  }
  return flags;
}
