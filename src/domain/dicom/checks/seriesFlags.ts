import type { Grouping, SeriesGroup } from '../group/groupInstances';
import { formatPersonName } from '../labels/personNameLabel';
import { burnedInCheck } from './burnedInCheck';
import type { Flag } from './flag';
import { lossyCheck } from './lossyCheck';
import { missingSlicesCheck } from './missingSlicesCheck';

/** Every per-series check; pass the image count a DICOMDIR lists for the series, if there is one. */
export function seriesFlags(series: SeriesGroup, dicomdirImageCount?: number): Flag[] {
  return [...lossyCheck(series), ...burnedInCheck(series), ...missingSlicesCheck(series, dicomdirImageCount)];
}

/** Checks over a whole import: more than one patient on one disc is worth a second look. */
export function importFlags(grouping: Grouping): Flag[] {
  if (grouping.patients.length <= 1) return [];
  const names = grouping.patients.map((p) =>
    p.info.name ? formatPersonName(p.info.name) : (p.info.id ?? 'unnamed'),
  );
  return [
    {
      code: 'multiple-patients',
      text: `this import holds ${grouping.patients.length} different patients: ${names.join('; ')}`,
    },
  ];
}
