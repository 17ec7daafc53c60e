import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFrame, openPixelSource, type DecodedFrame } from '../../../../src/domain/pixels';
import { dicomPath } from '../../../sharedData';
import { compareSamples } from './pixelReference';

/**
 * Files that hold the same image in another transfer syntax (the pydicom/GDCM references of each pair agree,
 * bit for bit where both are lossless): our decodes of the two must agree too. Lossless pairs must match
 * exactly; a JPEG-LS near-lossless file may differ by at most the NEAR value in its own SOS header
 * (ITU-T T.87 §A.2); other lossy pairs are bounded by the mean error only.
 */
const LOSSLESS_PAIRS: [string, string][] = [
  ['transfer_syntax/CT1_J2KR', 'transfer_syntax/CT1_UNC.explicit_big_endian.dcm'],
  [
    'transfer_syntax/CT1_UNC.fragmented_bot_jpeg_ls.80.dcm',
    'transfer_syntax/CT1_UNC.explicit_big_endian.dcm',
  ],
  ['transfer_syntax/CT0012.fragmented_no_bot_jpeg_lossless.57.dcm', 'multiframe/eCT_Supplemental.dcm'],
  ['transfer_syntax/CT0012.fragmented_no_bot_jpeg_lossless.70.dcm', 'multiframe/eCT_Supplemental.dcm'],
  ['transfer_syntax/CT0012.not_fragmented_bot_rle.dcm', 'multiframe/eCT_Supplemental.dcm'],
  ['transfer_syntax/MR_small_RLE.dcm', 'transfer_syntax/MR_small.dcm'],
  ['transfer_syntax/MR_small_bigendian.dcm', 'transfer_syntax/MR_small.dcm'],
  ['transfer_syntax/MR_small_implicit.dcm', 'transfer_syntax/MR_small.dcm'],
  ['transfer_syntax/MR_small_jp2klossless.dcm', 'transfer_syntax/MR_small.dcm'],
  ['transfer_syntax/MR_small_jpeg_ls_lossless.dcm', 'transfer_syntax/MR_small.dcm'],
  ['multiframe/emri_small_RLE.dcm', 'multiframe/emri_small.dcm'],
  ['color/color-pl.dcm', 'color/color-px.dcm'],
  ['modality/gdcm-US-RGB-8-esopecho.dcm', 'color/color-px.dcm'],
  ['transfer_syntax/SC_rgb_gdcm_KY.dcm', 'color/SC_rgb_rle.dcm'],
  ['color/SC_rgb_jpeg_gdcm.dcm', 'color/SC_rgb_rle.dcm'],
  ['multiframe/cine-test.dcm', 'malformed/invalid-vr-length-test.dcm'],
];

const NEAR_LOSSLESS_PAIRS: [string, string][] = [
  [
    'transfer_syntax/CT0012.fragmented_no_bot_jpeg_ls.81.dcm',
    'transfer_syntax/CT0012.fragmented_no_bot_jpeg_lossless.70.dcm',
  ],
  ['transfer_syntax/JLSN_RGB_ILV0.dcm', 'transfer_syntax/JLSL_RGB_ILV0.dcm'],
];

const LOSSY_PAIRS: [string, string][] = [
  ['transfer_syntax/HTJ2K_08_RGB.dcm', 'transfer_syntax/HTJ2KLossless_08_RGB.dcm'],
  ['transfer_syntax/US1_J2KI.dcm', 'transfer_syntax/US1_J2KR.dcm'],
  ['transfer_syntax/JPEG2000.dcm', 'transfer_syntax/JPEG-LL.dcm'],
];

function bytesOf(file: string): Uint8Array {
  return new Uint8Array(readFileSync(dicomPath(file)));
}

async function decodeAll(file: string): Promise<DecodedFrame[]> {
  const source = openPixelSource(bytesOf(file));
  if (!source.ok) throw new Error(`${file}: ${source.error.message}`);
  const frames: DecodedFrame[] = [];
  for (let i = 0; i < source.value.info.numberOfFrames; i++) {
    const frame = await decodeFrame(source.value, i);
    if (!frame.ok) throw new Error(`${file} frame ${i + 1}: ${frame.error.message}`);
    frames.push(frame.value);
  }
  return frames;
}

/** NEAR from the first JPEG-LS SOS segment (FFDA): Ls, Ns, Ns × (Ci, Tmi), NEAR, ILV, Al/Ah. */
function jpegLsNear(file: string): number {
  const bytes = bytesOf(file);
  for (let i = 0; i + 4 < bytes.length; i++) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xda) {
      const components = bytes[i + 4] as number;
      return bytes[i + 5 + components * 2] as number;
    }
  }
  throw new Error(`${file}: no JPEG-LS SOS segment`);
}

describe('the same image in two transfer syntaxes decodes the same', () => {
  it.each(LOSSLESS_PAIRS)('%s equals %s', async (a, b) => {
    const [fa, fb] = await Promise.all([decodeAll(a), decodeAll(b)]);
    expect(fa.length).toBe(fb.length);
    fa.forEach((frame, i) => {
      expect(compareSamples(frame.pixels, (fb[i] as DecodedFrame).pixels).maxAbs, `frame ${i + 1}`).toBe(0);
    });
  });

  it.each(NEAR_LOSSLESS_PAIRS)('%s is within NEAR of %s', async (a, b) => {
    const near = jpegLsNear(a);
    expect(near).toBeGreaterThan(0);
    const [fa, fb] = await Promise.all([decodeAll(a), decodeAll(b)]);
    expect(fa.length).toBe(fb.length);
    fa.forEach((frame, i) => {
      expect(frame.lossy).toBe(true);
      expect(
        compareSamples(frame.pixels, (fb[i] as DecodedFrame).pixels).maxAbs,
        `frame ${i + 1}`,
      ).toBeLessThanOrEqual(near);
    });
  });

  it.each(LOSSY_PAIRS)('%s is close to %s', async (a, b) => {
    const [fa, fb] = await Promise.all([decodeAll(a), decodeAll(b)]);
    fa.forEach((frame, i) => {
      const other = fb[i] as DecodedFrame;
      const range = Math.max(255, 2 ** frame.bitsStored - 1);
      expect(frame.lossy).toBe(true);
      expect(compareSamples(frame.pixels, other.pixels).meanAbs / range).toBeLessThan(0.02);
    });
  });
});
