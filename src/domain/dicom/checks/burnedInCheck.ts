import type { SeriesGroup } from '../group/groupInstances';
import { isSecondaryCapture } from '../uids/sopClasses';
import type { Flag } from './flag';

/**
 * Burned-in annotation possible: text such as names and dates may be part of the pixels, so
 * de-identification cannot remove it. Said by BurnedInAnnotation (0028,0301) YES, and usual for
 * ultrasound and for secondary captures (screenshots, scanned paper).
 */
export function burnedInCheck(series: SeriesGroup): Flag[] {
  const reasons: string[] = [];
  const images = series.instances.map((e) => e.instance);
  if (images.some((i) => i.image.burnedInAnnotation === 'YES'))
    reasons.push('the files say so (Burned In Annotation: YES)');
  if (series.info.modality === 'US') reasons.push('ultrasound images usually carry burned-in text');
  if (images.some((i) => isSecondaryCapture(i.image.sopClassUid))) {
    reasons.push('secondary captures (screenshots, scanned documents) often carry burned-in text');
  }
  if (reasons.length === 0) return [];
  return [
    { code: 'burned-in-annotation', text: `text may be burned into the images: ${reasons.join('; ')}` },
  ];
}
