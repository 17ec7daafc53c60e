import { maskStoredValues, pixelArrayType, type BitLayout } from '../frames/storedValues';
import { codestreamLayout } from './codestreamLayout';
import type { TransferSyntax } from '../transferSyntax';
import type { ImageInfo, PixelArray } from '../types';
import type { CodecOutput } from './embindDecode';
import { decodeHtj2k } from './htj2k';
import { decodeJpeg2000 } from './jpeg2000';
import { decodeJpegBaseline } from './jpegBaseline';
import { decodeJpegLossless } from './jpegLossless';
import { decodeJpegLs } from './jpegLs';
import { readJpegFrameHeader } from './jpegMarkers';
import { decodeRle } from './rle';

type Decoder = (bytes: Uint8Array, info: ImageInfo) => Promise<CodecOutput>;

const decoders: Partial<Record<TransferSyntax['encoding'], Decoder>> = {
  rle: async (bytes, info) => {
    const result = decodeRle(bytes, info);
    if (!result.ok) throw new Error(result.error.message);
    // RLE bytes are laid out little-endian; every platform browsers and Node run on is little-endian.
    return {
      samples: new (pixelArrayType(info))(result.value.buffer as ArrayBuffer),
      photometric: info.photometric,
    };
  },
  'jpeg-baseline': decodeJpegBaseline,
  'jpeg-lossless': decodeJpegLossless,
  'jpeg-ls': decodeJpegLs,
  'jpeg-2000': decodeJpeg2000,
  htj2k: decodeHtj2k,
};

/**
 * The JPEG process the codestream really uses: some files label a baseline (DCT) JPEG as JPEG Lossless or
 * the other way round. The SOF marker decides, as GDCM and DCMTK do, and the image is then flagged lossy.
 */
function jpegProcessOf(bytes: Uint8Array, declared: TransferSyntax['encoding']): TransferSyntax['encoding'] {
  if (declared !== 'jpeg-baseline' && declared !== 'jpeg-lossless') return declared;
  const sof = readJpegFrameHeader(bytes)?.sof;
  if (sof === 0xc3 || sof === 0xc7) return 'jpeg-lossless';
  if (sof === 0xc0 || sof === 0xc1 || sof === 0xc2) return 'jpeg-baseline';
  return declared;
}

export function hasDecoder(ts: TransferSyntax): boolean {
  return decoders[ts.encoding] !== undefined;
}

export interface CompressedFrame {
  readonly pixels: PixelArray;
  readonly photometric: string;
  readonly lossy: boolean;
  /** The layout the samples were read with: the file's, or the codestream's where they disagree. */
  readonly layout: BitLayout;
  /** Why the layout is not the file's, for the image's information. */
  readonly note?: string;
}

/**
 * Decodes one compressed frame and brings the codec's samples to the file's stored-value type: signed or
 * unsigned as Pixel Representation says, masked to Bits Stored (a codec's precision may differ from it) —
 * unless a JPEG 2000 codestream contradicts the signedness (codestreamLayout.ts).
 */
export async function decodeCompressedFrame(
  bytes: Uint8Array,
  info: ImageInfo,
  ts: TransferSyntax,
): Promise<CompressedFrame> {
  const encoding = jpegProcessOf(bytes, ts.encoding);
  const decoder = decoders[encoding];
  if (!decoder) throw new Error(`No decoder for ${ts.name}.`);
  const output = await decoder(bytes, info);
  const expected = info.rows * info.columns * info.samplesPerPixel;
  if (output.samples.length < expected) {
    throw new Error(
      `${ts.name} decoding produced ${output.samples.length} samples; Rows × Columns × Samples per Pixel is ${expected}.`,
    );
  }
  const { layout, note } = codestreamLayout(info, output.codestream);
  const Ctor = pixelArrayType(layout);
  let pixels: PixelArray;
  if (output.samples instanceof Ctor && output.samples.length === expected) pixels = output.samples;
  else {
    pixels = new Ctor(expected);
    for (let i = 0; i < expected; i++) pixels[i] = output.samples[i] as number;
  }
  maskStoredValues(pixels, layout);
  const lossy = ts.lossy || encoding === 'jpeg-baseline' || (output.lossy ?? false);
  return { pixels, photometric: output.photometric, lossy, layout, ...(note ? { note } : {}) };
}
