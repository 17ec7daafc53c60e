import type { ImageInfo } from '../types';
import { codecMessage, runEmbindDecoder, type CodecOutput } from './embindDecode';
import { markAsUntransformedRgb } from './jpegColour';
import { readJpegFrameHeader } from './jpegMarkers';
import { loadLibJpegTurbo } from './wasmModules';
import { errorMessage } from '../../text/errorMessage';

export class UnsupportedJpegPrecision extends Error {}

/**
 * JPEG Baseline and Extended (DCT): 8-bit samples with @cornerstonejs/codec-libjpeg-turbo-8bit; 12-bit
 * Extended (Process 4, common on older CT and XA) with cornerstone's JavaScript DCT decoder, since that
 * libjpeg-turbo build decodes 8-bit only. Anything above 12 bits is not a DICOM JPEG and is refused.
 */
export async function decodeJpegBaseline(bytes: Uint8Array, info: ImageInfo): Promise<CodecOutput> {
  const header = readJpegFrameHeader(bytes);
  if (header && header.precision > 12) {
    throw new UnsupportedJpegPrecision(
      `This image claims ${header.precision}-bit JPEG (DCT), which no DICOM transfer syntax allows.`,
    );
  }
  if (header && header.precision > 8) return decodeJpeg12(bytes, info, header.precision);
  const codec = await loadLibJpegTurbo();
  try {
    const rgbAsIs = info.photometric === 'RGB' && header?.components === 3;
    const input = rgbAsIs ? markAsUntransformedRgb(bytes) : bytes;
    const { samples, info: frame } = runEmbindDecoder(new codec.JPEGDecoder(), input);
    // libjpeg-turbo turns YCbCr codestreams (YBR_FULL, YBR_FULL_422) into RGB.
    const photometric = frame.componentCount === 3 ? 'RGB' : info.photometric;
    return { samples, photometric, lossy: true };
  } catch (error) {
    throw new Error(`JPEG decoding failed: ${codecMessage(error)}`);
  }
}

/**
 * How far cornerstone's decoder puts a P-bit sample above the right value. Its output stage adds
 * 2056 / bitConversion (bitConversion = 255 / (2^P - 1)) before the final shift by 4, which is the
 * level shift plus rounding (2^(P-1)·16 + 8) only for P = 8: for 12-bit samples it lands 15.06 counts
 * high (measured against pydicom/GDCM on every 12-bit file in ../shared/dicom: a constant +15,
 * standard deviation 0.33). Subtracting it leaves at most one count of rounding difference, except
 * within `bias` counts of full scale, where the decoder's own clamp already flattened the values.
 */
export function jpegLevelShiftBias(precision: number): number {
  const bitConversion = 255 / ((1 << precision) - 1);
  return Math.round((2056 / bitConversion - ((1 << (precision - 1)) * 16 + 8)) / 16);
}

async function decodeJpeg12(bytes: Uint8Array, info: ImageInfo, precision: number): Promise<CodecOutput> {
  const { default: JpegImage } = await import('cornerstone-jpeg-12bit');
  try {
    const jpeg = new JpegImage();
    jpeg.parse(bytes);
    // DICOM says what the samples are; never let the decoder guess a colour transform.
    jpeg.colorTransform = false;
    const samples = jpeg.getData16(info.columns, info.rows);
    const bias = jpegLevelShiftBias(precision);
    for (let i = 0; i < samples.length; i++) samples[i] = Math.max(0, (samples[i] as number) - bias);
    return { samples, photometric: info.photometric, lossy: true };
  } catch (error) {
    throw new Error(`12-bit JPEG decoding failed: ${errorMessage(error)}`);
  }
}
