import { lutValue, type Lut } from './lut';

export interface WindowLevel {
  readonly center: number;
  readonly width: number;
  readonly explanation?: string;
}

/** VOI LUT Function (0028,1056). */
export type VoiFunction = 'LINEAR' | 'LINEAR_EXACT' | 'SIGMOID';

/**
 * The windowing functions of PS3.3 C.11.2.1.2, mapping a modality value into [yMin, yMax]. LINEAR is the
 * default and treats the window as discrete steps (hence the -0.5 and width-1); LINEAR_EXACT is the plain
 * line; SIGMOID the logistic curve.
 */
export function windowValue(x: number, w: WindowLevel, fn: VoiFunction, yMin: number, yMax: number): number {
  const range = yMax - yMin;
  const c = w.center;
  if (fn === 'SIGMOID') return range / (1 + Math.exp((-4 * (x - c)) / w.width)) + yMin;
  if (fn === 'LINEAR_EXACT') {
    if (x <= c - w.width / 2) return yMin;
    if (x > c + w.width / 2) return yMax;
    return ((x - c) / w.width + 0.5) * range + yMin;
  }
  const width = Math.max(1, w.width);
  if (x <= c - 0.5 - (width - 1) / 2) return yMin;
  if (x > c - 0.5 + (width - 1) / 2) return yMax;
  return ((x - (c - 0.5)) / (width - 1) + 0.5) * range + yMin;
}

/** A VOI LUT Sequence entry applied to a modality value; the result is scaled by the LUT's bits per entry. */
export function voiLutValue(x: number, lut: Lut): number {
  return lutValue(x, lut);
}

/**
 * Common CT windows, as listed by Radiopaedia's "Windowing (CT)" article (W = width, L = level/centre):
 * soft tissue W400 L40, lung W1500 L-600, bone W1800 L400, brain W80 L40.
 */
export const CT_PRESETS = {
  softTissue: { center: 40, width: 400, explanation: 'Soft tissue' },
  lung: { center: -600, width: 1500, explanation: 'Lung' },
  bone: { center: 400, width: 1800, explanation: 'Bone' },
  brain: { center: 40, width: 80, explanation: 'Brain' },
} as const satisfies Record<string, WindowLevel>;

/**
 * A window spanning the given percentiles of the modality values (default 1st–99th), so a few extreme
 * pixels (metal, padding) do not flatten the image. Integer data is counted in a histogram; the result is
 * exact for it and within one bin of 4096 for floats.
 */
export function autoWindow(values: ArrayLike<number>, low = 0.01, high = 0.99): WindowLevel {
  let min = Infinity;
  let max = -Infinity;
  let integral = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    if (integral && !Number.isInteger(v)) integral = false;
  }
  if (!Number.isFinite(min)) return { center: 0, width: 1, explanation: 'Automatic' };
  const bins = integral ? Math.min(max - min + 1, 1 << 20) : 4096;
  const scale = max > min ? (bins - 1) / (max - min) : 0;
  const histogram = new Uint32Array(bins);
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    histogram[Math.round((v - min) * scale)]! += 1;
    count++;
  }
  const at = (fraction: number): number => {
    const target = fraction * (count - 1);
    let seen = 0;
    for (let b = 0; b < bins; b++) {
      seen += histogram[b] as number;
      if (seen > target) return scale ? min + b / scale : min;
    }
    return max;
  };
  const lo = at(low);
  const hi = at(high);
  return { center: (lo + hi) / 2, width: Math.max(1, hi - lo), explanation: 'Automatic' };
}
