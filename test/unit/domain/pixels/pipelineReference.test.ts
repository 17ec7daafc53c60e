import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyModalityLut,
  applyPalette,
  openPixelSource,
  readDisplayAttributes,
  voiLutValue,
  windowValue,
  ybrFullToRgb,
  type DisplayAttributes,
} from '../../../../src/domain/pixels';
import { dicomPath } from '../../../sharedData';
import {
  compareSamples,
  manifestFiles,
  produceReferences,
  readFloat32,
  readInt32,
  type Reference,
} from './pixelReference';

/**
 * The pixel pipeline on the reference's own stored values, against pydicom's implementation of each step
 * (apply_modality_lut, apply_voi_lut, apply_color_lut, convert_color_space): decoding is tested elsewhere,
 * so a lossy file tests the pipeline as exactly as a lossless one.
 */
const files = manifestFiles(['transfer_syntax', 'color', 'multiframe', 'modality']);

let refs = new Map<string, Reference>();
let dispose = () => {};
beforeAll(() => {
  ({ refs, dispose } = produceReferences(files));
}, 120_000);
afterAll(() => dispose());

/** pydicom's output range for windowing (pixel_data_handlers.util.apply_windowing). */
function pydicomWindowRange(
  display: DisplayAttributes,
  bitsStored: number,
  signed: boolean,
): [number, number] {
  const t = display.modalityTransform;
  if (t.kind === 'lut') return [0, 2 ** t.lut.bitsPerEntry - 1];
  const [lo, hi] = signed ? [-(2 ** (bitsStored - 1)), 2 ** (bitsStored - 1) - 1] : [0, 2 ** bitsStored - 1];
  return [lo * t.slope + t.intercept, hi * t.slope + t.intercept];
}

function withPipelineReference(): string[] {
  return files.filter((f) =>
    (refs.get(f)?.frames ?? []).some(
      (fr) => fr.mod !== undefined || fr.pal !== undefined || fr.rgb !== undefined,
    ),
  );
}

describe('pixel pipeline matches pydicom', () => {
  it('has pipeline references for the modality, VOI, palette and YBR files', () => {
    const covered = withPipelineReference();
    for (const f of [
      'modality/mlut_18.dcm',
      'modality/vlut_04.dcm',
      'color/gdcm-US-ALOKA-16.dcm',
      'color/SC_ybr_full_uncompressed.dcm',
    ]) {
      expect(covered).toContain(f);
    }
  });

  it.each(files)('%s', (file) => {
    const ref = refs.get(file);
    if (!ref?.frames?.length || !withPipelineReference().includes(file)) return;
    const source = openPixelSource(new Uint8Array(readFileSync(dicomPath(file))));
    expect(source.ok).toBe(true);
    if (!source.ok) return;
    const { info } = source.value;
    ref.frames.forEach((frame, index) => {
      const display = readDisplayAttributes(source.value.file.dataSet, index);
      const stored = readInt32(frame.path);
      if (frame.mod) {
        const expected = readFloat32(frame.mod);
        const actual = applyModalityLut(stored, display.modalityTransform);
        const tolerance = Math.max(1e-3, 1e-6 * expected.reduce((m, v) => Math.max(m, Math.abs(v)), 0));
        expect(compareSamples(actual, expected).maxAbs, 'modality LUT').toBeLessThanOrEqual(tolerance);
        if (frame.voi) {
          const voi = readFloat32(frame.voi);
          const [yMin, yMax] = pydicomWindowRange(display, info.bitsStored, info.pixelRepresentation === 1);
          const lut = display.voiLuts[0];
          const w = display.windows[0];
          const mine = actual.map((m) =>
            lut ? voiLutValue(m, lut) : w ? windowValue(m, w, display.voiFunction, yMin, yMax) : m,
          );
          expect(compareSamples(mine, voi).maxAbs, 'VOI').toBeLessThanOrEqual(
            Math.max(1e-2, (yMax - yMin) * 1e-5),
          );
        }
      }
      if (frame.fgWindow) {
        const [center, width] = frame.fgWindow;
        expect(display.windows[0], 'window from the functional groups').toMatchObject({ center, width });
      }
      if (frame.pal) {
        expect(display.palette, 'palette read').toBeDefined();
        if (display.palette)
          expect(compareSamples(applyPalette(stored, display.palette), readInt32(frame.pal)).maxAbs).toBe(0);
      }
      if (frame.rgb && ref.photometric?.startsWith('YBR_FULL') && info.photometric.startsWith('YBR_FULL')) {
        const rgb = ybrFullToRgb(Uint8Array.from(stored), 8);
        expect(compareSamples(rgb, readInt32(frame.rgb)).maxAbs, 'YBR to RGB').toBeLessThanOrEqual(1);
      }
    });
  });
});
