import { describe, expect, it } from 'vitest';
import {
  autoWindow,
  CT_PRESETS,
  expandSegmentedLut,
  renderRgba,
  windowValue,
  ybrFullToRgb,
  type DecodedFrame,
  type DisplayAttributes,
} from '../../../../src/domain/pixels';

const ctDisplay: DisplayAttributes = {
  modality: 'CT',
  photometric: 'MONOCHROME2',
  modalityTransform: { kind: 'rescale', slope: 1, intercept: -1024 },
  windows: [],
  voiLuts: [],
  voiFunction: 'LINEAR',
};

function monoFrame(values: number[], photometric = 'MONOCHROME2'): DecodedFrame {
  return {
    rows: 1,
    columns: values.length,
    samplesPerPixel: 1,
    photometric,
    bitsAllocated: 16,
    bitsStored: 16,
    pixelRepresentation: 1,
    pixels: Int16Array.from(values),
    lossy: false,
  };
}

describe('VOI (PS3.3 C.11.2.1.2)', () => {
  it('LINEAR clips at c - 0.5 ± (w - 1)/2 and is linear between', () => {
    const w = { center: 40, width: 400 };
    expect(windowValue(-160, w, 'LINEAR', 0, 255)).toBe(0); // 40 - 0.5 - 199.5
    expect(windowValue(239.1, w, 'LINEAR', 0, 255)).toBe(255); // above 40 - 0.5 + 199.5
    expect(windowValue(39.5, w, 'LINEAR', 0, 255)).toBeCloseTo(127.5, 6);
  });

  it('LINEAR_EXACT and SIGMOID pass through the centre at mid-range', () => {
    const w = { center: 100, width: 50 };
    expect(windowValue(100, w, 'LINEAR_EXACT', 0, 255)).toBeCloseTo(127.5, 6);
    expect(windowValue(75, w, 'LINEAR_EXACT', 0, 255)).toBe(0);
    expect(windowValue(100, w, 'SIGMOID', 0, 255)).toBeCloseTo(127.5, 6);
  });

  it('has the Radiopaedia CT presets', () => {
    expect(CT_PRESETS.lung).toMatchObject({ center: -600, width: 1500 });
    expect(CT_PRESETS.bone).toMatchObject({ center: 400, width: 1800 });
    expect(CT_PRESETS.brain).toMatchObject({ center: 40, width: 80 });
    expect(CT_PRESETS.softTissue).toMatchObject({ center: 40, width: 400 });
  });

  it('automatic window spans the 1st to 99th percentile, ignoring outliers', () => {
    const values = Array.from({ length: 1000 }, (_, i) => i);
    values.push(1_000_000, -1_000_000);
    const w = autoWindow(values);
    const lo = w.center - w.width / 2;
    const hi = w.center + w.width / 2;
    // Sorted, index 0.01 × 1001 ≈ 10 lands on value 9; 0.99 × 1001 ≈ 991 on 989.
    expect(lo).toBeGreaterThanOrEqual(8);
    expect(lo).toBeLessThanOrEqual(11);
    expect(hi).toBeGreaterThanOrEqual(988);
    expect(hi).toBeLessThanOrEqual(991);
  });
});

describe('renderRgba', () => {
  it('folds rescale, window and MONOCHROME1 inversion into the grey level', () => {
    const stored = [0, 1024, 1064, 1264, 3000];
    const window = CT_PRESETS.softTissue;
    const expected = stored.map((s) => Math.round(windowValue(s - 1024, window, 'LINEAR', 0, 255)));
    const mono2 = renderRgba(monoFrame(stored), ctDisplay, { window });
    expect(Array.from(mono2.filter((_, i) => i % 4 === 0))).toEqual(expected);
    expect(Array.from(mono2.filter((_, i) => i % 4 === 3))).toEqual(stored.map(() => 255));
    const mono1 = renderRgba(monoFrame(stored, 'MONOCHROME1'), ctDisplay, { window });
    expect(Array.from(mono1.filter((_, i) => i % 4 === 1))).toEqual(expected.map((g) => 255 - g));
  });

  it('rebuilds its table when the window changes', () => {
    const frame = monoFrame([0, 1024, 2048]);
    const a = renderRgba(frame, ctDisplay, { window: CT_PRESETS.bone });
    const b = renderRgba(frame, ctDisplay, { window: CT_PRESETS.lung });
    const expected = [0, 1024, 2048].map((s) =>
      Math.round(windowValue(s - 1024, CT_PRESETS.lung, 'LINEAR', 0, 255)),
    );
    expect(Array.from(b.filter((_, i) => i % 4 === 0))).toEqual(expected);
    expect(a).not.toEqual(b);
  });

  it('shows 16-bit RGB through its top 8 bits and palette colour through its LUTs', () => {
    const rgb: DecodedFrame = {
      ...monoFrame([]),
      columns: 1,
      samplesPerPixel: 3,
      photometric: 'RGB',
      pixels: Uint16Array.from([0xff00, 0x8000, 0x0100]),
    };
    expect(Array.from(renderRgba(rgb, ctDisplay))).toEqual([0xff, 0x80, 0x01, 255]);
    const lut = (data: number[]) => ({ firstMapped: 10, bitsPerEntry: 16, data: Uint16Array.from(data) });
    const palette = { red: lut([0x0000, 0xffff]), green: lut([0x1200, 0x3400]), blue: lut([0xff00, 0x0000]) };
    const indexed: DecodedFrame = {
      ...monoFrame([]),
      columns: 3,
      photometric: 'PALETTE COLOR',
      pixels: Uint16Array.from([10, 11, 99]),
    };
    const out = renderRgba(indexed, { ...ctDisplay, photometric: 'PALETTE COLOR', palette });
    expect(Array.from(out)).toEqual([0, 0x12, 0xff, 255, 0xff, 0x34, 0, 255, 0xff, 0x34, 0, 255]);
  });

  it('renders a 512×512 16-bit frame quickly (informal, printed only)', () => {
    const pixels = new Int16Array(512 * 512).map((_, i) => (i * 7) % 4096);
    const frame: DecodedFrame = { ...monoFrame([]), rows: 512, columns: 512, pixels };
    const out = new Uint8ClampedArray(512 * 512 * 4);
    renderRgba(frame, ctDisplay, { window: CT_PRESETS.softTissue }, out);
    const start = performance.now();
    for (let i = 0; i < 60; i++) renderRgba(frame, ctDisplay, { window: CT_PRESETS.softTissue }, out);
    console.info(`renderRgba 512×512 int16: ${(60_000 / (performance.now() - start)).toFixed(0)} frames/s`);
    expect(out[3]).toBe(255);
  });
});

describe('colour conversions', () => {
  it('YBR_FULL grey (Cb = Cr = 128) stays grey and pure red round-trips within 1', () => {
    expect(Array.from(ybrFullToRgb(Uint8Array.from([77, 128, 128])))).toEqual([77, 77, 77]);
    // BT.601 full range of RGB (255, 0, 0): Y = 76.245, Cb = 84.97, Cr = 255.5 → clamp 255.
    const red = ybrFullToRgb(Uint8Array.from([76, 85, 255]));
    expect(Math.abs((red[0] as number) - 255)).toBeLessThanOrEqual(1);
    expect(red[1]).toBeLessThanOrEqual(1);
    expect(red[2]).toBeLessThanOrEqual(1);
  });

  it('expands segmented LUTs: discrete, linear and indirect segments', () => {
    // discrete [0, 10], linear to 40 over 3 steps (20, 30, 40), indirect: replay 1 segment at word 0.
    const words = [0, 2, 0, 10, 1, 3, 40, 2, 1, 0, 0];
    expect(Array.from(expandSegmentedLut(words, 7))).toEqual([0, 10, 20, 30, 40, 0, 10]);
  });
});
