import type { EmbindDecoder, FrameInfo } from '@imaging-vault/codec-types';
import type { PixelArray } from '../types';

export interface CodecOutput {
  /** Decoded samples, colour-by-pixel, in the codec's own integer type. */
  readonly samples: PixelArray;
  readonly photometric: string;
  /** The codestream itself says it is lossy (JPEG-LS NEAR > 0, irreversible JPEG 2000 wavelet). */
  readonly lossy?: boolean;
  /**
   * What a JPEG 2000 codestream says of its samples (SIZ: signedness and precision). It is the bytes'
   * own account; when it contradicts Pixel Representation or Bits Stored, it wins (a known vendor quirk).
   */
  readonly codestream?: { readonly signed: boolean; readonly precision: number };
}

/**
 * Copies one frame into an embind decoder, decodes it and copies the result out of the wasm heap (the
 * heap's views die at the next call), always freeing the decoder.
 */
export function runEmbindDecoder<D extends EmbindDecoder>(
  decoder: D,
  bytes: Uint8Array,
  inspect?: (decoder: D) => void,
): { info: FrameInfo; samples: PixelArray } {
  try {
    decoder.getEncodedBuffer(bytes.length).set(bytes);
    decoder.decode();
    const info = decoder.getFrameInfo();
    inspect?.(decoder);
    const raw = decoder.getDecodedBuffer().slice();
    let samples: PixelArray = raw;
    if (info.bitsPerSample > 8)
      samples = info.isSigned ? new Int16Array(raw.buffer) : new Uint16Array(raw.buffer);
    return { info: { ...info }, samples };
  } finally {
    decoder.delete();
  }
}

/** Emscripten throws numbers (pointers) or strings as often as Errors. */
export function codecMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'number' ? `internal error ${error}` : String(error);
}
