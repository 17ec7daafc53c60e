import type { PixelArray } from '../types';

export interface BitLayout {
  readonly bitsAllocated: number;
  readonly bitsStored: number;
  readonly highBit: number;
  readonly pixelRepresentation: number;
}

export type PixelArrayConstructor = {
  new (length: number): PixelArray;
  new (buffer: ArrayBuffer): PixelArray;
};

/** The typed array that holds stored values of this layout. */
export function pixelArrayType(layout: BitLayout, float: 0 | 32 | 64 = 0): PixelArrayConstructor {
  if (float === 32) return Float32Array;
  if (float === 64) return Float64Array;
  const signed = layout.pixelRepresentation === 1;
  if (layout.bitsAllocated <= 8) return signed ? Int8Array : Uint8Array;
  if (layout.bitsAllocated <= 16) return signed ? Int16Array : Uint16Array;
  return signed ? Int32Array : Uint32Array;
}

/** A typed array of `length` stored values of this layout. */
export function allocatePixels(layout: BitLayout, length: number, float: 0 | 32 | 64 = 0): PixelArray {
  return new (pixelArrayType(layout, float))(length);
}

/**
 * Keeps only the Bits Stored bits ending at High Bit and sign-extends them when Pixel Representation is 1
 * (PS3.5 §8.1.1): the bits above are not pixel data (overlays once lived there) and must not leak into
 * values. Works in place on integer arrays of any width up to 32 bits.
 */
export function maskStoredValues(pixels: PixelArray, layout: BitLayout): void {
  if (pixels instanceof Float32Array || pixels instanceof Float64Array) return;
  const { bitsAllocated, bitsStored, highBit, pixelRepresentation } = layout;
  const lowBit = Math.max(0, highBit + 1 - bitsStored);
  const signed = pixelRepresentation === 1;
  if (bitsStored >= bitsAllocated && lowBit === 0) return;
  const containerMask = bitsAllocated >= 32 ? 0xffffffff : (1 << bitsAllocated) - 1;
  const shiftUp = 32 - bitsStored;
  const valueMask = bitsStored >= 32 ? 0xffffffff : (1 << bitsStored) - 1;
  for (let i = 0; i < pixels.length; i++) {
    const raw = ((pixels[i] as number) & containerMask) >>> lowBit;
    pixels[i] = signed ? (raw << shiftUp) >> shiftUp : (raw & valueMask) >>> 0;
  }
}

/** Colour-by-plane (RRR...GGG...BBB) to colour-by-pixel (RGBRGB...), PS3.3 C.7.6.3.1.3. */
export function planarToInterleaved<T extends PixelArray>(planar: T, pixelCount: number, samples: number): T {
  const out = planar.slice() as T;
  for (let s = 0; s < samples; s++) {
    const base = s * pixelCount;
    for (let p = 0; p < pixelCount; p++) out[p * samples + s] = planar[base + p] as number;
  }
  return out;
}
