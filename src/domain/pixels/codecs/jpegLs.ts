import { planarToInterleaved } from '../frames/storedValues';
import type { ImageInfo } from '../types';
import { codecMessage, runEmbindDecoder, type CodecOutput } from './embindDecode';
import { loadCharLs } from './wasmModules';

/** JPEG-LS lossless and near-lossless with @cornerstonejs/codec-charls (CharLS). */
export async function decodeJpegLs(bytes: Uint8Array, info: ImageInfo): Promise<CodecOutput> {
  const codec = await loadCharLs();
  let near = 0;
  let interleave = 0;
  try {
    const { samples, info: frame } = runEmbindDecoder(new codec.JpegLSDecoder(), bytes, (d) => {
      near = d.getNearLossless();
      interleave = d.getInterleaveMode();
    });
    const pixels = frame.width * frame.height;
    // Interleave mode "none" comes out component by component.
    const interleaved =
      frame.componentCount > 1 && interleave === 0
        ? planarToInterleaved(samples, pixels, frame.componentCount)
        : samples;
    return { samples: interleaved, photometric: info.photometric, lossy: near > 0 };
  } catch (error) {
    throw new Error(`JPEG-LS decoding failed: ${codecMessage(error)}`);
  }
}
