import type { ImageInfo } from '../types';
import { codecMessage, type CodecOutput } from './embindDecode';

/** JPEG Lossless, Process 14 with any selection value (.57) and SV1 (.70), with jpeg-lossless-decoder-js. */
export async function decodeJpegLossless(bytes: Uint8Array, info: ImageInfo): Promise<CodecOutput> {
  const { Decoder } = await import('jpeg-lossless-decoder-js');
  try {
    // The decoder reads from an ArrayBuffer: give it an exact copy, not the whole file's buffer.
    const buffer = bytes.slice().buffer;
    const samples = new Decoder().decode(buffer, 0, buffer.byteLength, info.bitsAllocated > 8 ? 2 : 1);
    return { samples, photometric: info.photometric };
  } catch (error) {
    throw new Error(`JPEG Lossless decoding failed: ${codecMessage(error)}`);
  }
}
