import { fail, ok, type ImageInfo, type Result } from '../types';
import type { DataSet } from '../../dicom/parse/dicomParserModule';

export const PIXEL_DATA = 'x7fe00010';
export const FLOAT_PIXEL_DATA = 'x7fe00008';
export const DOUBLE_FLOAT_PIXEL_DATA = 'x7fe00009';

/**
 * The Image Pixel attributes of a dataset, checked for what decoding depends on. A missing Rows, Columns or
 * Bits Allocated makes the frame size unknowable, so it is an error naming the attribute; attributes with a
 * safe default (Samples per Pixel 1, Bits Stored = Bits Allocated, ...) fall back to it.
 */
export function readImageInfo(dataSet: DataSet, transferSyntaxUid: string): Result<ImageInfo> {
  const floatPixels = dataSet.elements[FLOAT_PIXEL_DATA]
    ? 32
    : dataSet.elements[DOUBLE_FLOAT_PIXEL_DATA]
      ? 64
      : 0;
  if (!dataSet.elements[PIXEL_DATA] && floatPixels === 0) {
    return fail('no-pixel-data', 'The file holds no Pixel Data (7FE0,0010): it is not an image.');
  }
  const rows = dataSet.uint16('x00280010');
  const columns = dataSet.uint16('x00280011');
  const bitsAllocated = dataSet.uint16('x00280100') ?? (floatPixels || undefined);
  const missing = [
    rows === undefined || rows === 0 ? 'Rows (0028,0010)' : '',
    columns === undefined || columns === 0 ? 'Columns (0028,0011)' : '',
    bitsAllocated === undefined ? 'Bits Allocated (0028,0100)' : '',
  ].filter(Boolean);
  if (missing.length > 0 || rows === undefined || columns === undefined || bitsAllocated === undefined) {
    return fail('missing-attribute', `The image cannot be decoded: ${missing.join(', ')} missing or zero.`);
  }
  if (![1, 8, 16, 32, 64].includes(bitsAllocated)) {
    return fail(
      'malformed-pixel-data',
      `Bits Allocated (0028,0100) is ${bitsAllocated}; expected 1, 8, 16, 32 or 64.`,
    );
  }
  const bitsStored = clamp(dataSet.uint16('x00280101') ?? bitsAllocated, 1, bitsAllocated);
  const samplesPerPixel = dataSet.uint16('x00280002') ?? 1;
  if (samplesPerPixel !== 1 && samplesPerPixel !== 3) {
    return fail(
      'malformed-pixel-data',
      `Samples per Pixel (0028,0002) is ${samplesPerPixel}; expected 1 or 3.`,
    );
  }
  const frames = dataSet.intString('x00280008');
  return ok({
    transferSyntaxUid,
    rows,
    columns,
    samplesPerPixel,
    bitsAllocated,
    bitsStored,
    highBit: dataSet.uint16('x00280102') ?? bitsStored - 1,
    pixelRepresentation: dataSet.uint16('x00280103') ?? 0,
    photometric: (dataSet.string('x00280004') ?? (samplesPerPixel === 3 ? 'RGB' : 'MONOCHROME2')).trim(),
    planarConfiguration: dataSet.uint16('x00280006') ?? 0,
    numberOfFrames: frames !== undefined && Number.isFinite(frames) && frames > 0 ? frames : 1,
    floatPixels,
  });
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
