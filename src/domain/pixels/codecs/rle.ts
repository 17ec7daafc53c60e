import { fail, ok, type Result } from '../types';

export interface RleLayout {
  readonly rows: number;
  readonly columns: number;
  readonly samplesPerPixel: number;
  readonly bitsAllocated: number;
}

/**
 * DICOM RLE Lossless (PS3.5 Annex G), written here because no maintained JavaScript package decodes it.
 * A frame is a 64-byte header (segment count, then up to 15 segment offsets) followed by PackBits-coded
 * byte segments: for each sample in turn, its most significant byte plane first. The result is the frame's
 * bytes in little-endian, colour-by-pixel order, ready to view as a typed array.
 */
export function decodeRle(frame: Uint8Array, layout: RleLayout): Result<Uint8Array> {
  const bytesPerSample = layout.bitsAllocated / 8;
  if (!Number.isInteger(bytesPerSample)) {
    return fail('malformed-pixel-data', `RLE cannot hold ${layout.bitsAllocated}-bit samples.`);
  }
  const pixelCount = layout.rows * layout.columns;
  const expected = layout.samplesPerPixel * bytesPerSample;
  if (frame.length < 64) return fail('malformed-pixel-data', 'RLE frame is shorter than its 64-byte header.');
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  const segments = view.getUint32(0, true);
  if (segments !== expected) {
    return fail(
      'malformed-pixel-data',
      `RLE header declares ${segments} segments; ${layout.samplesPerPixel} sample(s) of ${layout.bitsAllocated} bits need ${expected}.`,
    );
  }
  const offsets: number[] = [];
  for (let s = 0; s < segments; s++) offsets.push(view.getUint32(4 + s * 4, true));
  const out = new Uint8Array(pixelCount * expected);
  for (let s = 0; s < segments; s++) {
    const start = offsets[s] as number;
    const end = s + 1 < segments ? (offsets[s + 1] as number) : frame.length;
    if (start < 64 || start > end || end > frame.length) {
      return fail('malformed-pixel-data', `RLE segment ${s + 1} has an invalid offset (${start}).`);
    }
    const sample = Math.floor(s / bytesPerSample);
    const byteInSample = bytesPerSample - 1 - (s % bytesPerSample);
    const stride = expected;
    const produced = unpackSegment(
      frame,
      start,
      end,
      out,
      sample * bytesPerSample + byteInSample,
      stride,
      pixelCount,
    );
    if (produced < pixelCount) {
      return fail(
        'malformed-pixel-data',
        `RLE segment ${s + 1} decodes to ${produced} bytes; the frame needs ${pixelCount}.`,
      );
    }
  }
  return ok(out);
}

/** PackBits: n in 0..127 copies n+1 literal bytes, -127..-1 repeats the next byte 1-n times, -128 is a no-op. */
function unpackSegment(
  src: Uint8Array,
  start: number,
  end: number,
  out: Uint8Array,
  first: number,
  stride: number,
  count: number,
): number {
  let produced = 0;
  let i = start;
  while (i < end && produced < count) {
    const header = src[i++] as number;
    if (header < 128) {
      const n = Math.min(header + 1, count - produced, end - i);
      for (let k = 0; k < n; k++) out[first + (produced + k) * stride] = src[i + k] as number;
      produced += n;
      i += header + 1;
    } else if (header > 128) {
      const n = Math.min(257 - header, count - produced);
      const value = (i < end ? src[i] : 0) as number;
      for (let k = 0; k < n; k++) out[first + (produced + k) * stride] = value;
      produced += n;
      i += 1;
    }
  }
  return produced;
}
