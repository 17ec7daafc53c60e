import type { ImageInfo } from '../types';
import { codecMessage, runEmbindDecoder, type CodecOutput } from './embindDecode';
import { markAsUntransformedRgb } from './jpegColour';
import { readJpegFrameHeader } from './jpegMarkers';
import { loadLibJpegTurbo } from './wasmModules';

export class UnsupportedJpegPrecision extends Error {}

/**
 * JPEG Baseline and Extended (DCT) with @cornerstonejs/codec-libjpeg-turbo-8bit. That build decodes 8-bit
 * samples only: 12-bit Extended (Process 4) codestreams are refused up front with a clear reason rather
 * than handed to a decoder that would fail or return garbage.
 */
export async function decodeJpegBaseline(bytes: Uint8Array, info: ImageInfo): Promise<CodecOutput> {
  const header = readJpegFrameHeader(bytes);
  if (header && header.precision > 8) {
    throw new UnsupportedJpegPrecision(
      `This image is ${header.precision}-bit JPEG Extended (Process 4); the bundled libjpeg-turbo codec decodes 8-bit JPEG only.`,
    );
  }
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
