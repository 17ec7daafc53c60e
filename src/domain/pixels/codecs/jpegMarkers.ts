export interface JpegFrameHeader {
  /** The SOFn marker's low byte: 0xC0 baseline, 0xC1 extended, 0xC3 lossless, ... */
  readonly sof: number;
  readonly precision: number;
  readonly rows: number;
  readonly columns: number;
  readonly components: number;
}

/** The first Start Of Frame header of a JPEG codestream (ITU-T T.81 §B.2.2), or undefined if none. */
export function readJpegFrameHeader(bytes: Uint8Array): JpegFrameHeader | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return undefined;
    const marker = bytes[i + 1] as number;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    const length = ((bytes[i + 2] as number) << 8) | (bytes[i + 3] as number);
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof && i + 9 < bytes.length) {
      return {
        sof: marker,
        precision: bytes[i + 4] as number,
        rows: ((bytes[i + 5] as number) << 8) | (bytes[i + 6] as number),
        columns: ((bytes[i + 7] as number) << 8) | (bytes[i + 8] as number),
        components: bytes[i + 9] as number,
      };
    }
    if (marker === 0xda) return undefined;
    i += 2 + length;
  }
  return undefined;
}
