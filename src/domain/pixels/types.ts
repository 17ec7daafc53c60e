/** Stored pixel values of one frame, samples interleaved (R,G,B,R,G,B... for colour). */
export type PixelArray =
  Uint8Array | Int8Array | Uint16Array | Int16Array | Uint32Array | Int32Array | Float32Array | Float64Array;

/** Why a frame could not be shown. `message` is for the user and names the file's element or cause. */
export type PixelErrorCode =
  | 'not-dicom'
  | 'no-pixel-data'
  | 'missing-attribute'
  | 'unsupported-compression'
  | 'frame-out-of-range'
  | 'malformed-pixel-data'
  | 'codec-failed';

export interface PixelError {
  readonly code: PixelErrorCode;
  readonly message: string;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: PixelError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: PixelErrorCode, message: string): { ok: false; error: PixelError } => ({
  ok: false,
  error: { code, message },
});

/** The Image Pixel module attributes (PS3.3 C.7.6.3) that decoding needs. */
export interface ImageInfo {
  readonly transferSyntaxUid: string;
  readonly rows: number;
  readonly columns: number;
  readonly samplesPerPixel: number;
  readonly bitsAllocated: number;
  readonly bitsStored: number;
  readonly highBit: number;
  /** 0 unsigned, 1 two's complement. */
  readonly pixelRepresentation: number;
  readonly photometric: string;
  /** 0 colour-by-pixel, 1 colour-by-plane. */
  readonly planarConfiguration: number;
  readonly numberOfFrames: number;
  /** Float (7FE0,0008) or Double Float (7FE0,0009) Pixel Data instead of integers. */
  readonly floatPixels: 0 | 32 | 64;
}

/** One decoded frame: stored values (before any LUT), masked to BitsStored and sign-extended. */
export interface DecodedFrame {
  readonly rows: number;
  readonly columns: number;
  readonly samplesPerPixel: number;
  /**
   * The colour space of `pixels`, which can differ from the file's: JPEG 2000 YBR_ICT/YBR_RCT and JPEG
   * YCbCr come out of their codecs as RGB, and native YBR_FULL_422 is expanded to full YBR_FULL.
   */
  readonly photometric: string;
  readonly bitsAllocated: number;
  readonly bitsStored: number;
  readonly pixelRepresentation: number;
  readonly pixels: PixelArray;
  /** Lossy compression in the transfer syntax, the codestream or Lossy Image Compression (0028,2110). */
  readonly lossy: boolean;
  /** What the decoder followed instead of the header, said for the image's information. */
  readonly notes?: readonly string[];
}
