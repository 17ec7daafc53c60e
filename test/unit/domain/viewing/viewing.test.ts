import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIT,
  imageToScreen,
  matchSlice,
  measureDistance,
  orderSlices,
  placement,
  planSync,
  screenToImage,
  sliceNormal,
  zoomAt,
} from '../../../../src/domain/viewing';
import { dragWindow } from '../../../../src/domain/viewing/windowDrag';

const AXIAL = [1, 0, 0, 0, 1, 0];
// The GE series in ../shared/dicom/series is tilted: rows along x, columns along (0, cos, -sin).
const TILTED = [1, 0, 0, 0, 0.9483237, -0.3173047];

describe('orderSlices', () => {
  it('orders axial slices by z, whatever their instance numbers', () => {
    const zs = [30, -10, 5, 12.5, 0];
    const items = zs.map((z, i) => ({
      imagePositionPatient: [0, 0, z],
      imageOrientationPatient: AXIAL,
      instanceNumber: 10 - i,
    }));
    const ordered = orderSlices(items);
    expect(ordered.by).toBe('position');
    expect(ordered.items.map((s) => s.imagePositionPatient[2])).toEqual([...zs].sort((a, b) => a - b));
    expect(ordered.positions).toEqual([...zs].sort((a, b) => a - b));
  });

  it('stacks slices at the same position the same way whatever order they were listed in', () => {
    // Two acquisitions at one position with one instance number: only the SOP Instance UID tells them apart.
    const items = ['1.2.3.9', '1.2.3.10', '1.2.3.2'].map((uid) => ({
      imagePositionPatient: [0, 0, 5],
      imageOrientationPatient: AXIAL,
      instanceNumber: 1,
      sopInstanceUid: uid,
    }));
    const once = orderSlices(items).items.map((s) => s.sopInstanceUid);
    const again = orderSlices([...items].reverse()).items.map((s) => s.sopInstanceUid);
    expect(again).toEqual(once);
    expect(orderSlices([...items].reverse()).by).toBe('position');
    const unnumbered = items.map(({ sopInstanceUid }) => ({ sopInstanceUid }));
    expect(orderSlices(unnumbered).items).toEqual(orderSlices([...unnumbered].reverse()).items);
  });

  it('orders tilted slices along their own normal, not along z', () => {
    // Slices stepped along the tilted normal n = row × column; their z alone would mis-order them.
    const n = sliceNormal(TILTED)!;
    const steps = [3, -2, 0, 7, 1];
    const items = steps.map((d) => ({
      imagePositionPatient: [-125 + 0.3 * d, d * n[1] + 40, d * n[2]],
      imageOrientationPatient: TILTED,
      instanceNumber: d + 100,
    }));
    const ordered = orderSlices(items);
    const projected = (p: readonly number[]) => p[0]! * n[0] + p[1]! * n[1] + p[2]! * n[2];
    const expected = [...items].sort(
      (a, b) => projected(a.imagePositionPatient) - projected(b.imagePositionPatient),
    );
    expect(ordered.items).toEqual(expected);
  });

  it('falls back to instance number when a position is missing, then to the given order', () => {
    const items = [
      { instanceNumber: 3, imageOrientationPatient: AXIAL, imagePositionPatient: [0, 0, 1] },
      { instanceNumber: 1, imageOrientationPatient: AXIAL },
      { instanceNumber: 2, imageOrientationPatient: AXIAL, imagePositionPatient: [0, 0, 9] },
    ];
    const ordered = orderSlices(items);
    expect(ordered.by).toBe('instance-number');
    expect(ordered.items.map((s) => s.instanceNumber)).toEqual([1, 2, 3]);
    const bare: { id: string; instanceNumber?: number }[] = [{ id: 'b' }, { id: 'a' }];
    expect(orderSlices(bare)).toEqual({ items: bare, by: 'as-given' });
  });

  it('always returns every slice exactly once, sorted by position when all have one', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { maxLength: 40 }), (zs) => {
        const items = zs.map((z) => ({ imagePositionPatient: [1, 2, z], imageOrientationPatient: AXIAL }));
        const ordered = orderSlices(items);
        expect(ordered.items.length).toBe(items.length);
        expect(new Set(ordered.items).size).toBe(items.length);
        const out = ordered.items.map((s) => s.imagePositionPatient[2]!);
        for (let i = 1; i < out.length; i++) expect(out[i]!).toBeGreaterThanOrEqual(out[i - 1]!);
      }),
    );
  });
});

describe('measureDistance', () => {
  it('uses Pixel Spacing: row spacing for vertical steps, column spacing for horizontal ones', () => {
    const rowSpacing = 0.8;
    const columnSpacing = 0.5;
    const d = measureDistance(
      { x: 10, y: 20 },
      { x: 40, y: 60 },
      { pixelSpacing: [rowSpacing, columnSpacing] },
    );
    expect(d.basis).toBe('patient');
    expect(d.pixels).toBeCloseTo(50, 10);
    if (d.basis !== 'none')
      expect(d.mm).toBeCloseTo(Math.sqrt((30 * columnSpacing) ** 2 + (40 * rowSpacing) ** 2), 10);
  });

  it('says "at detector" with only Imager Pixel Spacing, and refuses mm with neither', () => {
    const detector = measureDistance({ x: 0, y: 0 }, { x: 0, y: 10 }, { imagerPixelSpacing: [0.2, 0.2] });
    expect(detector).toEqual({ basis: 'detector', mm: 10 * 0.2, pixels: 10 });
    const none = measureDistance({ x: 0, y: 0 }, { x: 3, y: 4 }, { pixelSpacing: [0, 1] });
    expect(none.basis).toBe('none');
    expect(none.pixels).toBe(5);
    if (none.basis === 'none') expect(none.reason).toMatch(/Pixel Spacing \(0028,0030\)/);
  });
});

describe('planSync / matchSlice', () => {
  const stack = (zs: number[], frame = 'FOR1', orientation = AXIAL) => ({
    count: zs.length,
    positions: zs,
    normal: sliceNormal(orientation),
    frameOfReferenceUid: frame,
  });

  it('matches the nearest position within one frame of reference', () => {
    const a = stack([0, 5, 10, 15]);
    const b = stack([1, 2.5, 4, 5.5, 7, 8.5, 10, 11.5]);
    const plan = planSync(a, b);
    expect(plan).toEqual({ by: 'position' });
    for (let i = 0; i < a.count; i++) {
      const here = a.positions[i]!;
      const gaps = b.positions.map((p) => Math.abs(p - here));
      expect(matchSlice(a, i, b, plan)).toBe(gaps.indexOf(Math.min(...gaps)));
    }
  });

  it('falls back to index, saying why, across frames of reference or orientations', () => {
    expect(planSync(stack([0, 1]), stack([0, 1], 'FOR2'))).toEqual({
      by: 'index',
      reason: 'frame-of-reference',
    });
    expect(planSync(stack([0, 1]), stack([0, 1], 'FOR1', [1, 0, 0, 0, 0, 1]))).toEqual({
      by: 'index',
      reason: 'orientation',
    });
    expect(planSync({ count: 3 }, stack([0]))).toEqual({ by: 'index', reason: 'no-position' });
    const plan = planSync(stack([0, 1, 2, 3]), stack([0, 1], 'FOR2'));
    expect(matchSlice(stack([0, 1, 2, 3]), 3, stack([0, 1], 'FOR2'), plan)).toBe(1);
  });
});

describe('view transform', () => {
  const image = { width: 512, height: 256 };
  const box = { width: 800, height: 600 };

  it('fits the image centred and maps points both ways', () => {
    const at = placement(FIT, image, box);
    expect(at.scale).toBe(Math.min(800 / 512, 600 / 256));
    expect(at.left).toBe(0);
    expect(at.top).toBe((600 - 256 * at.scale) / 2);
    const p = { x: 100.5, y: 37 };
    const back = screenToImage(imageToScreen(p, at), at);
    expect(back.x).toBeCloseTo(p.x, 9);
    expect(back.y).toBeCloseTo(p.y, 9);
  });

  it('keeps the point under the cursor still while zooming', () => {
    const anchor = { x: 123, y: 456 };
    const before = screenToImage(anchor, placement(FIT, image, box));
    const zoomed = zoomAt(FIT, 2.5, anchor, image, box);
    const after = screenToImage(anchor, placement(zoomed, image, box));
    expect(zoomed.zoom).toBe(2.5);
    expect(after.x).toBeCloseTo(before.x, 9);
    expect(after.y).toBeCloseTo(before.y, 9);
  });
});

describe('dragWindow', () => {
  it('widens to the right and raises the level downwards, never below width 1', () => {
    expect(dragWindow({ center: 40, width: 400 }, 10, -5, 2)).toEqual({
      center: 30,
      width: 420,
      explanation: 'Custom',
    });
    expect(dragWindow({ center: 40, width: 10 }, -100, 0, 1).width).toBe(1);
  });
});
