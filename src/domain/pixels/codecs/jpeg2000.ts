import type { ImageInfo } from '../types';
import { codecMessage, runEmbindDecoder, type CodecOutput } from './embindDecode';
import { loadOpenJpeg } from './wasmModules';

/**
 * After decoding, a JPEG 2000 image whose components went through the reversible or irreversible colour
 * transform (YBR_RCT, YBR_ICT) is RGB: the decoder applies the inverse transform (PS3.3 C.7.6.3.1.2).
 */
export function decodedPhotometric(info: ImageInfo): string {
  return info.photometric === 'YBR_RCT' || info.photometric === 'YBR_ICT' ? 'RGB' : info.photometric;
}

/** JPEG 2000 (Part 1) with @cornerstonejs/codec-openjpeg (OpenJPEG). */
export async function decodeJpeg2000(bytes: Uint8Array, info: ImageInfo): Promise<CodecOutput> {
  const codec = await loadOpenJpeg();
  let reversible = true;
  try {
    const { samples, info: frame } = runEmbindDecoder(new codec.J2KDecoder(), bytes, (d) => {
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
    throw new Error(`JPEG 2000 decoding failed: ${codecMessage(error)}`);
  }
}
