import { burnedInRisk } from '../../domain/deid';
import type { LoadedInstance } from '../../catalog';
import { seriesName, studyName, type ChosenStudy } from './wizardModel';

export interface BurnedInSeries {
  readonly study: string;
  readonly series: string;
  readonly reason: string;
}

/**
 * Chosen series whose pixels may show identity that header de-identification cannot remove: any instance
 * at risk (by Burned In Annotation, SOP class or modality) puts its series on the list, once.
 */
export function burnedInSeries(
  chosen: readonly ChosenStudy[],
  instances: readonly LoadedInstance[],
): BurnedInSeries[] {
  return chosen.flatMap((c) =>
    c.series.flatMap((s) => {
      const own = instances.filter((i) => i.seriesId === s.id);
      const declared = s.series.flags.some((f) => f.code === 'burned-in-annotation');
      const risks = (own.length > 0 ? own : [undefined]).map((i) =>
        burnedInRisk({
          ...(declared || i?.stored.instance.image.burnedInAnnotation
            ? { burnedInAnnotation: declared ? 'YES' : (i?.stored.instance.image.burnedInAnnotation ?? '') }
            : {}),
          ...(s.series.info.modality ? { modality: s.series.info.modality } : {}),
          ...(i ? { sopClassUid: i.stored.instance.image.sopClassUid } : {}),
        }),
      );
      const risk = risks.find((r) => r.risk);
      return risk ? [{ study: studyName(c.study), series: seriesName(s), reason: risk.reason }] : [];
    }),
  );
}
