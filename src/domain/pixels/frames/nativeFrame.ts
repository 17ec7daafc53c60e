import type { DataSet } from '../../dicom/parse/dicomParserModule';
import { DOUBLE_FLOAT_PIXEL_DATA, FLOAT_PIXEL_DATA, PIXEL_DATA } from '../dataset/imageInfo';
import { fail, ok, type ImageInfo, type PixelArray, type Result } from '../types';
import { maskStoredValues, pixelArrayType, planarToInterleaved } from './storedValues';

export interface NativeFrame {
  readonly pixels: PixelArray;
  /** YBR_FULL_422 comes out expanded to one Y, Cb, Cr per pixel, i.e. as YBR_FULL. */
  readonly photometric: string;
}

/**
 * One frame of uncompressed Pixel Data (PS3.5 §8.1.1, §8.2): frames follow each other without padding,
 * 1-bit frames can start in the middle of a byte, big-endian words are swapped, and colour-by-plane data is
 * interleaved so every decoder hands back the same layout.
 */
export function nativeFrame(
  dataSet: DataSet,
  info: ImageInfo,
  frameIndex: number,
  bigEndian: boolean,
  source?: Uint8Array,
): Result<NativeFrame> {
  const tag =
    info.floatPixels === 32
      ? FLOAT_PIXEL_DATA
      : info.floatPixels === 64
        ? DOUBLE_FLOAT_PIXEL_DATA
        : PIXEL_DATA;
  const element = dataSet.elements[tag];
  if (!element && !source) return fail('no-pixel-data', 'The file holds no Pixel Data (7FE0,0010).');
  const bytes = source ?? dataSet.byteArray.subarray(element?.dataOffset ?? 0);
  const declared = source ? source.length : Math.min(element?.length ?? 0, bytes.length);
  const pixelCount = info.rows * info.columns;
  const is422 = info.photometric === 'YBR_FULL_422' && info.samplesPerPixel === 3;
  const samplesInFrame = is422 ? pixelCount * 2 : pixelCount * info.samplesPerPixel;
  const bitsAllocated = info.floatPixels || info.bitsAllocated;

  if (bitsAllocated === 1) return unpackBits(bytes, declared, samplesInFrame, frameIndex, info);

  const frameBytes = (samplesInFrame * bitsAllocated) / 8;
  const start = frameIndex * frameBytes;
  if (start + frameBytes > declared) {
    return fail(
      'malformed-pixel-data',
      `Pixel Data holds ${declared} bytes but frame ${frameIndex + 1} needs bytes ${start}–${start + frameBytes}: the file is truncated or its image attributes are wrong.`,
    );
  }
  // A copy, so the values are aligned for a typed array and the frame does not keep the file alive.
  const copy = bytes.slice(start, start + frameBytes);
  if (bigEndian) swapBytes(copy, bitsAllocated / 8);
  const Ctor = pixelArrayType(info, info.floatPixels);
  let pixels: PixelArray = new Ctor(copy.buffer);
  maskStoredValues(pixels, info);
  let photometric = info.photometric;
  if (is422) {
    pixels = expand422(pixels, pixelCount);
    photometric = 'YBR_FULL';
  } else if (info.samplesPerPixel > 1 && info.planarConfiguration === 1) {
    pixels = planarToInterleaved(pixels, pixelCount, info.samplesPerPixel);
  }
  return ok({ pixels, photometric });
}

function swapBytes(bytes: Uint8Array, width: number): void {
  if (width === 1) return;
  for (let i = 0; i + width <= bytes.length; i += width) {
    for (let a = i, b = i + width - 1; a < b; a++, b--) {
      const t = bytes[a] as number;
      bytes[a] = bytes[b] as number;
      bytes[b] = t;
    }
  }
}

/** Y1 Y2 Cb Cr per pixel pair (PS3.3 C.7.6.3.1.2) to Y Cb Cr for each pixel. */
function expand422(packed: PixelArray, pixelCount: number): PixelArray {
  const out = allocatePixelsLike(packed, pixelCount * 3);
  for (let p = 0, q = 0; p < pixelCount; p += 2, q += 4) {
    const cb = packed[q + 2] as number;
    const cr = packed[q + 3] as number;
    out[p * 3] = packed[q] as number;
    out[p * 3 + 1] = cb;
    out[p * 3 + 2] = cr;
    if (p + 1 < pixelCount) {
      out[p * 3 + 3] = packed[q + 1] as number;
      out[p * 3 + 4] = cb;
      out[p * 3 + 5] = cr;
    }
  }
  return out;
}

function allocatePixelsLike(like: PixelArray, length: number): PixelArray {
  const Ctor = like.constructor as new (length: number) => PixelArray;
  return new Ctor(length);
}

/** 1-bit data (segmentations, overlays-as-images): bits fill each byte from the least significant up. */
function unpackBits(
  bytes: Uint8Array,
  declared: number,
  count: number,
  frameIndex: number,
  info: ImageInfo,
): Result<NativeFrame> {
  const firstBit = frameIndex * count;
  if (Math.ceil((firstBit + count) / 8) > declared) {
    return fail(
      'malformed-pixel-data',
      `Pixel Data holds ${declared} bytes, too few for 1-bit frame ${frameIndex + 1}: the file is truncated.`,
    );
  }
  const pixels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const bit = firstBit + i;
    pixels[i] = ((bytes[bit >> 3] as number) >> (bit & 7)) & 1;
  }
  return ok({ pixels, photometric: info.photometric });
}
