import { decodeCompressedFrame, hasDecoder } from './codecs/registry';
import { UnsupportedJpegPrecision } from './codecs/jpegBaseline';
import { readImageInfo } from './dataset/imageInfo';
import { describe, parseDataset, type ParsedFile } from './dataset/parseDataset';
import { encapsulatedFrame } from './frames/encapsulatedFrames';
import { nativeFrame } from './frames/nativeFrame';
import { transferSyntaxOf, unsupportedMessage, type TransferSyntax } from './transferSyntax';
import { fail, ok, type DecodedFrame, type ImageInfo, type Result } from './types';

/** A parsed image file, ready to decode any of its frames; cache it to scroll through a multi-frame file. */
export interface PixelSource {
  readonly file: ParsedFile;
  readonly info: ImageInfo;
  readonly transferSyntax: TransferSyntax;
  /** Lossy Image Compression (0028,2110) is "01": an earlier lossy step, whatever the transfer syntax. */
  readonly previouslyLossy: boolean;
}

/** Parses the whole file and checks that its pixels can be decoded; a clear error value otherwise. */
export function openPixelSource(bytes: Uint8Array): Result<PixelSource> {
  const parsed = parseDataset(bytes);
  if (!parsed.ok) return parsed;
  const ts = transferSyntaxOf(parsed.value.transferSyntaxUid);
  const info = readImageInfo(parsed.value.dataSet, ts.uid);
  if (!info.ok) return info;
  if (ts.encoding === 'unsupported' || (!isNative(ts) && !hasDecoder(ts))) {
    return fail('unsupported-compression', unsupportedMessage(ts));
  }
  const previouslyLossy = parsed.value.dataSet.string('x00282110')?.trim() === '01';
  return ok({ file: parsed.value, info: info.value, transferSyntax: ts, previouslyLossy });
}

function isNative(ts: TransferSyntax): boolean {
  return (
    ts.encoding === 'native' || ts.encoding === 'native-big-endian' || ts.encoding === 'encapsulated-native'
  );
}

/** Decodes frame `frameIndex` (0-based) to stored values; never throws. */
export async function decodeFrame(source: PixelSource, frameIndex: number): Promise<Result<DecodedFrame>> {
  const { info, transferSyntax: ts, file } = source;
  if (!Number.isInteger(frameIndex) || frameIndex < 0 || frameIndex >= info.numberOfFrames) {
    return fail(
      'frame-out-of-range',
      `Frame ${frameIndex + 1} was asked for; the image has ${info.numberOfFrames} frame(s).`,
    );
  }
  const frame = (
    pixels: DecodedFrame['pixels'],
    photometric: string,
    lossy: boolean,
    read: { layout?: { bitsStored: number; pixelRepresentation: number }; note?: string } = {},
  ): DecodedFrame => ({
    rows: info.rows,
    columns: info.columns,
    samplesPerPixel: info.samplesPerPixel,
    photometric,
    bitsAllocated: info.floatPixels || info.bitsAllocated,
    bitsStored: info.floatPixels || (read.layout?.bitsStored ?? info.bitsStored),
    pixelRepresentation: read.layout?.pixelRepresentation ?? info.pixelRepresentation,
    pixels,
    lossy: lossy || source.previouslyLossy,
    ...(read.note ? { notes: [read.note] } : {}),
  });
  try {
    if (ts.encoding === 'native' || ts.encoding === 'native-big-endian') {
      const native = nativeFrame(file.dataSet, info, frameIndex, ts.encoding === 'native-big-endian');
      return native.ok ? ok(frame(native.value.pixels, native.value.photometric, false)) : native;
    }
    const bytes = encapsulatedFrame(file.dataSet, frameIndex, info.numberOfFrames);
    if (!bytes.ok) return bytes;
    if (ts.encoding === 'encapsulated-native') {
      const native = nativeFrame(file.dataSet, info, 0, false, bytes.value);
      return native.ok ? ok(frame(native.value.pixels, native.value.photometric, false)) : native;
    }
    const decoded = await decodeCompressedFrame(bytes.value, info, ts);
    return ok(frame(decoded.pixels, decoded.photometric, decoded.lossy, decoded));
  } catch (error) {
    if (error instanceof UnsupportedJpegPrecision) {
      return fail('unsupported-compression', unsupportedMessage(ts, error.message));
    }
    return fail('codec-failed', `Frame ${frameIndex + 1} could not be decoded: ${describe(error)}`);
  }
}
