import type { PixelArray } from '../types';

/**
 * YBR_FULL to RGB (PS3.3 C.7.6.3.1.2, the ITU-R BT.601 full-range equations), in place of a new array of
 * the same type. YBR_FULL_422 frames arrive here already expanded to one Cb/Cr per pixel by the decoder.
 */
export function ybrFullToRgb(ybr: PixelArray, bitsStored = 8): PixelArray {
  const out = ybr.slice();
  const half = 2 ** (bitsStored - 1);
  const max = 2 ** bitsStored - 1;
  const clamp = (v: number) => (v < 0 ? 0 : v > max ? max : Math.round(v));
  for (let i = 0; i + 2 < ybr.length; i += 3) {
    const y = ybr[i] as number;
    const cb = (ybr[i + 1] as number) - half;
    const cr = (ybr[i + 2] as number) - half;
    out[i] = clamp(y + 1.402 * cr);
    out[i + 1] = clamp(y - 0.344136 * cb - 0.714136 * cr);
    out[i + 2] = clamp(y + 1.772 * cb);
  }
  return out;
}
