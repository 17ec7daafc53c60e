import { describe, expect, it } from 'vitest';
import { decodeFrame, openPixelSource } from '../../../../src/domain/pixels';
import { decodeRle } from '../../../../src/domain/pixels/codecs/rle';
import { concatBytes as concat } from '../../../../src/domain/bytes/concatBytes';
import { buildPart10, encapsulated, imagePixel, nativePixelData } from '../../../support/syntheticDicom.mjs';

const EXPLICIT_LE = '1.2.840.10008.1.2.1';
const EXPLICIT_BE = '1.2.840.10008.1.2.2';
const RLE = '1.2.840.10008.1.2.5';

async function decode(bytes: Uint8Array, frame = 0) {
  const source = openPixelSource(bytes);
  if (!source.ok) throw new Error(source.error.message);
  const result = await decodeFrame(source.value, frame);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function le16(values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 2);
  values.forEach((v, i) => new DataView(out.buffer).setUint16(i * 2, v & 0xffff, true));
  return out;
}

describe('native frames', () => {
  it('masks bits above High Bit and sign-extends Bits Stored (12 of 16, signed)', async () => {
    // 0xF800 | 0x0FFF: garbage in the top nibble, stored value -1; 0x0800 is -2048; 0x07FF is 2047.
    const pixels = le16([0xffff, 0x0800, 0x07ff, 0xa001]);
    const file = buildPart10(
      EXPLICIT_LE,
      imagePixel({ rows: 2, columns: 2, bitsAllocated: 16, bitsStored: 12, signed: true }),
      nativePixelData(pixels),
    );
    const frame = await decode(file);
    expect(frame.pixels).toBeInstanceOf(Int16Array);
    expect(Array.from(frame.pixels)).toEqual([-1, -2048, 2047, 1]);
  });

  it('reads unsigned 10-bit values with a shifted High Bit', async () => {
    // Bits Stored 10, High Bit 11: the value sits in bits 2..11.
    const pixels = le16([(5 << 2) | 3, (1023 << 2) | 0xf000]);
    const file = buildPart10(
      EXPLICIT_LE,
      imagePixel({ rows: 1, columns: 2, bitsAllocated: 16, bitsStored: 10, highBit: 11 }),
      nativePixelData(pixels),
    );
    expect(Array.from((await decode(file)).pixels)).toEqual([5, 1023]);
  });

  it('swaps big-endian words', async () => {
    const be = new Uint8Array([0x01, 0x02, 0xff, 0xfe]);
    const file = buildPart10(
      EXPLICIT_BE,
      imagePixel({ rows: 1, columns: 2, bitsAllocated: 16, signed: true }),
      nativePixelData(be, true),
    );
    expect(Array.from((await decode(file)).pixels)).toEqual([0x0102, -2]);
  });

  it('finds each frame of a multi-frame file, including odd-sized 8-bit frames', async () => {
    const frames = [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5, 6]), new Uint8Array([7, 8, 9])];
    const file = buildPart10(
      EXPLICIT_LE,
      imagePixel({ rows: 1, columns: 3, bitsAllocated: 8, frames: 3 }),
      nativePixelData(concat(frames)),
    );
    expect(Array.from((await decode(file, 2)).pixels)).toEqual([7, 8, 9]);
    const source = openPixelSource(file);
    expect(source.ok && (await decodeFrame(source.value, 3)).ok).toBe(false);
  });

  it('unpacks 1-bit frames that start inside a byte', async () => {
    // Two 1x5 frames: 10 bits, least significant bit first. Frame 2 starts at bit 5.
    const bits = [1, 0, 1, 1, 0, /* frame 2 */ 0, 1, 1, 0, 1];
    const packed = new Uint8Array(2);
    bits.forEach((b, i) => (packed[i >> 3]! |= b << (i & 7)));
    const file = buildPart10(
      EXPLICIT_LE,
      imagePixel({ rows: 1, columns: 5, bitsAllocated: 1, frames: 2 }),
      nativePixelData(packed),
    );
    expect(Array.from((await decode(file, 1)).pixels)).toEqual([0, 1, 1, 0, 1]);
  });

  it('reads 32-bit unsigned and interleaves colour-by-plane RGB', async () => {
    const u32 = new Uint8Array(new Uint32Array([4_000_000_000, 7]).buffer);
    const f32 = buildPart10(
      EXPLICIT_LE,
      imagePixel({ rows: 1, columns: 2, bitsAllocated: 32 }),
      nativePixelData(u32),
    );
    expect(Array.from((await decode(f32)).pixels)).toEqual([4_000_000_000, 7]);
    const planar = new Uint8Array([10, 11, 20, 21, 30, 31]);
    const rgb = buildPart10(
      EXPLICIT_LE,
      imagePixel({ rows: 1, columns: 2, bitsAllocated: 8, samples: 3, planar: 1 }),
      nativePixelData(planar),
    );
    expect(Array.from((await decode(rgb)).pixels)).toEqual([10, 20, 30, 11, 21, 31]);
  });

  it('reports a truncated frame and missing Rows as errors naming the cause', async () => {
    const short = buildPart10(
      EXPLICIT_LE,
      imagePixel({ rows: 4, columns: 4, bitsAllocated: 16 }),
      nativePixelData(new Uint8Array(8)),
    );
    const source = openPixelSource(short);
    const result = source.ok ? await decodeFrame(source.value, 0) : source;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/truncated/);
    const noRows = buildPart10(
      EXPLICIT_LE,
      imagePixel({ rows: 4, columns: 4, bitsAllocated: 8 }).filter(([, e]) => e !== 0x0010),
      nativePixelData(new Uint8Array(16)),
    );
    const opened = openPixelSource(noRows);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error.message).toMatch(/Rows \(0028,0010\)/);
  });

  it('refuses a compression it cannot show, saying the original is stored intact', () => {
    const jpegXl = buildPart10(
      '1.2.840.10008.1.2.4.112',
      imagePixel({ rows: 1, columns: 1, bitsAllocated: 8 }),
      encapsulated([new Uint8Array(2)]),
    );
    const source = openPixelSource(jpegXl);
    expect(source.ok).toBe(false);
    if (!source.ok) {
      expect(source.error.code).toBe('unsupported-compression');
      expect(source.error.message).toMatch(/JPEG XL.*stored intact/);
    }
  });
});

/** PackBits per PS3.5 G.3.1, the simple way: literal runs of at most 128 bytes. */
function packBitsLiteral(bytes: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i += 128) {
    const run = bytes.slice(i, i + 128);
    out.push(run.length - 1, ...run);
  }
  return out;
}

function rleFrame(segments: number[][]): Uint8Array {
  const header = new Uint8Array(64);
  const view = new DataView(header.buffer);
  view.setUint32(0, segments.length, true);
  let offset = 64;
  segments.forEach((s, i) => {
    view.setUint32(4 + i * 4, offset, true);
    offset += s.length;
  });
  return concat([header, ...segments.map((s) => Uint8Array.from(s))]);
}

describe('RLE Lossless (PS3.5 Annex G)', () => {
  it('decodes replicate and literal runs and puts the high byte segment first', () => {
    // 16-bit values 0x0102, 0x0102, 0x0102, 0x0304: high bytes [1,1,1,3], low bytes [2,2,2,4].
    const high = [0xfe, 1, 0, 3]; // repeat 1 three times (-2 → 3 copies), then literal [3]
    const low = [...packBitsLiteral([2, 2, 2, 4])];
    const out = decodeRle(rleFrame([high, low]), {
      rows: 2,
      columns: 2,
      samplesPerPixel: 1,
      bitsAllocated: 16,
    });
    expect(out.ok && Array.from(new Uint16Array(out.value.buffer))).toEqual([0x0102, 0x0102, 0x0102, 0x0304]);
  });

  it('interleaves RGB segments and decodes multi-frame files frame by frame', async () => {
    const frame = (k: number) =>
      rleFrame([
        packBitsLiteral([k, k + 1]),
        packBitsLiteral([k + 10, k + 11]),
        packBitsLiteral([k + 20, k + 21]),
      ]);
    const file = buildPart10(
      RLE,
      imagePixel({ rows: 1, columns: 2, bitsAllocated: 8, samples: 3, frames: 2 }),
      encapsulated([frame(0), frame(100)]),
    );
    expect(Array.from((await decode(file, 1)).pixels)).toEqual([100, 110, 120, 101, 111, 121]);
  });

  it('rejects a header whose segment count does not fit the image', () => {
    const out = decodeRle(rleFrame([[0, 1]]), { rows: 1, columns: 1, samplesPerPixel: 3, bitsAllocated: 8 });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.message).toMatch(/3/);
  });
});

describe('encapsulated frames', () => {
  const native = '1.2.840.10008.1.2.1.98';
  const attrs = imagePixel({ rows: 1, columns: 2, bitsAllocated: 8, frames: 2 });

  it('uses the Basic Offset Table to join a frame split over fragments', async () => {
    // Frame 1 = fragments [1] + [2]; frame 2 = [3, 4]. Offsets count from the first fragment's item tag.
    const fragments = [new Uint8Array([1]), new Uint8Array([2]), new Uint8Array([3, 4])];
    const file = buildPart10(native, attrs, encapsulated(fragments, [0, 8 + 1 + 8 + 1]));
    expect(Array.from((await decode(file, 0)).pixels)).toEqual([1, 2]);
    expect(Array.from((await decode(file, 1)).pixels)).toEqual([3, 4]);
  });

  it('takes one fragment per frame when the Basic Offset Table is empty', async () => {
    const file = buildPart10(native, attrs, encapsulated([new Uint8Array([5, 6]), new Uint8Array([7, 8])]));
    expect(Array.from((await decode(file, 1)).pixels)).toEqual([7, 8]);
  });

  it('reports a missing frame', async () => {
    const file = buildPart10(native, attrs, encapsulated([new Uint8Array([5, 6])]));
    const source = openPixelSource(file);
    const result = source.ok ? await decodeFrame(source.value, 1) : source;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/Frame 2 of 2 is missing/);
  });
});
