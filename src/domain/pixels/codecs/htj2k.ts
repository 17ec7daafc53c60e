import type { ImageInfo } from '../types';
import { codecMessage, runEmbindDecoder, type CodecOutput } from './embindDecode';
import { decodedPhotometric } from './jpeg2000';
import { loadOpenJph } from './wasmModules';

/** High-Throughput JPEG 2000 with @cornerstonejs/codec-openjph (OpenJPH). */
export async function decodeHtj2k(bytes: Uint8Array, info: ImageInfo): Promise<CodecOutput> {
  const codec = await loadOpenJph();
  let reversible = true;
  try {
    const { samples, info: frame } = runEmbindDecoder(new codec.HTJ2KDecoder(), bytes, (d) => {
      reversible = d.getIsReversible();
    });
    return {
      samples,
      photometric: decodedPhotometric(info),
      lossy: !reversible,
      ...(typeof frame.isSigned === 'boolean'
        ? { codestream: { signed: frame.isSigned, precision: frame.bitsPerSample } }
        : {}),
    };
  } catch (error) {
    throw new Error(`HTJ2K decoding failed: ${codecMessage(error)}`);
  }
}
