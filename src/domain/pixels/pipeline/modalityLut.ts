import type { PixelArray } from '../types';
import { lutValue, type Lut } from './lut';

/** The Modality LUT (PS3.3 C.11.1): a Modality LUT Sequence when present, else Rescale Slope/Intercept. */
export type ModalityTransform =
  | { readonly kind: 'rescale'; readonly slope: number; readonly intercept: number; readonly type?: string }
  | { readonly kind: 'lut'; readonly lut: Lut };

export const IDENTITY_MODALITY: ModalityTransform = { kind: 'rescale', slope: 1, intercept: 0 };

/** Stored value to modality value (Hounsfield units for CT). */
export function modalityValue(stored: number, transform: ModalityTransform): number {
  return transform.kind === 'lut'
    ? lutValue(stored, transform.lut)
    : stored * transform.slope + transform.intercept;
}

/** Modality values of a whole frame. */
export function applyModalityLut(pixels: PixelArray, transform: ModalityTransform): Float64Array {
  const out = new Float64Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) out[i] = modalityValue(pixels[i] as number, transform);
  return out;
}
