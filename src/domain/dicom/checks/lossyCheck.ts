import type { SeriesGroup } from '../group/groupInstances';
import type { Flag } from './flag';

/**
 * Lossy: a transfer syntax that always discards information, or LossyImageCompression (0028,2110) "01"
 * (the pixels were lossy-compressed at some point, even if stored losslessly now). A syntax that may be
 * either (JPEG 2000, HTJ2K) counts as "possibly lossy" unless the file says "00".
 */
export function lossyCheck(series: SeriesGroup): Flag[] {
  let lossy = 0;
  let maybe = 0;
  for (const { instance } of series.instances) {
    const { lossyTransferSyntax, lossyImageCompression } = instance.image;
    if (lossyTransferSyntax === 'yes' || lossyImageCompression === '01') lossy++;
    else if (lossyTransferSyntax === 'maybe' && lossyImageCompression !== '00') maybe++;
  }
  const n = series.instanceCount;
  if (lossy > 0) {
    return [{ code: 'lossy', text: `${lossy} of ${n} images are lossy-compressed: fine detail may be lost` }];
  }
  if (maybe > 0) {
    return [
      {
        code: 'possibly-lossy',
        text: `${maybe} of ${n} images use a compression that may be lossy, and the files do not say it was lossless`,
      },
    ];
  }
  return [];
}
