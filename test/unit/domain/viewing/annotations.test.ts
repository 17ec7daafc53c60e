import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  annotationDistance,
  annotationLabel,
  annotationsOfStudy,
  annotationsOnImage,
  annotationToScreen,
  arrowHead,
  parseAnnotation,
  placement,
  screenToImage,
  zoomAt,
  FIT,
  type Annotation,
} from '../../../../src/domain/viewing';

const base = {
  id: 'a1',
  studyId: 'study-1',
  seriesId: 'series-1',
  sopInstanceUid: '1.2.3.4',
  frame: 0,
  createdAt: '2024-05-01T10:00:00.000Z',
};

const arrow: Annotation = {
  ...base,
  kind: 'arrow',
  points: [
    { x: 10, y: 20 },
    { x: 110, y: 220 },
  ],
  text: 'cyst',
};

describe('annotationToScreen', () => {
  const image = { width: 512, height: 512 };
  const box = { width: 800, height: 600 };

  it('puts saved points where the image pixel is drawn at fit', () => {
    // At fit a 512² image in 800x600 is scaled by 600/512 and centred horizontally.
    const scale = 600 / 512;
    const left = (800 - 512 * scale) / 2;
    const [tail, head] = annotationToScreen(arrow, placement(FIT, image, box));
    expect(tail!.x).toBeCloseTo(left + 10 * scale, 9);
    expect(tail!.y).toBeCloseTo(20 * scale, 9);
    expect(head!.x).toBeCloseTo(left + 110 * scale, 9);
    expect(head!.y).toBeCloseTo(220 * scale, 9);
  });

  it('follows zoom and pan: screen points map back to the same image points', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 20, noNaN: true }),
        fc.double({ min: -300, max: 300, noNaN: true }),
        fc.double({ min: -300, max: 300, noNaN: true }),
        (factor, ax, ay) => {
          const view = zoomAt(FIT, factor, { x: 400 + ax, y: 300 + ay }, image, box);
          const at = placement(view, image, box);
          const screen = annotationToScreen(arrow, at);
          screen.forEach((s, i) => {
            const back = screenToImage(s, at);
            expect(back.x).toBeCloseTo(arrow.points[i]!.x, 6);
            expect(back.y).toBeCloseTo(arrow.points[i]!.y, 6);
          });
          // The arrow's screen length is its image length times the scale.
          const [t, h] = screen;
          expect(Math.hypot(h!.x - t!.x, h!.y - t!.y)).toBeCloseTo(Math.hypot(100, 200) * at.scale, 6);
        },
      ),
    );
  });
});

describe('annotationDistance and annotationLabel', () => {
  it('says mm in the patient from Pixel Spacing (row, column), rounded to 0.1', () => {
    // 30 columns at 0.5 mm and 40 rows at 0.25 mm: 15 mm across, 10 mm down.
    const d = annotationDistance({ x: 0, y: 0 }, { x: 30, y: 40 }, { pixelSpacing: [0.25, 0.5] });
    expect(d).toEqual({ basis: 'patient', unit: 'mm', value: Math.round(Math.hypot(15, 10) * 10) / 10 });
    expect(annotationLabel({ ...base, kind: 'distance', points: [], distance: d })).toEqual({
      key: 'mm',
      value: '18.0',
    });
  });

  it('labels a detector distance as such, and falls back to pixels without spacing', () => {
    const detector = annotationDistance({ x: 0, y: 0 }, { x: 3, y: 4 }, { imagerPixelSpacing: [0.2, 0.2] });
    expect(detector).toEqual({ basis: 'detector', unit: 'mm', value: 1 });
    expect(annotationLabel({ ...base, kind: 'distance', points: [], distance: detector }).key).toBe(
      'detector',
    );
    const none = annotationDistance({ x: 0, y: 0 }, { x: 3, y: 4 }, {});
    expect(none).toEqual({ basis: 'none', unit: 'px', value: 5 });
    expect(annotationLabel({ ...base, kind: 'distance', points: [], distance: none })).toEqual({
      key: 'pixels',
      value: '5.0',
    });
  });

  it('labels arrows and notes with their text, and an unlabelled arrow with nothing', () => {
    expect(annotationLabel(arrow)).toEqual({ key: 'text', value: 'cyst' });
    const { text: _unused, ...bare } = arrow;
    expect(annotationLabel(bare)).toEqual({ key: 'none', value: '' });
  });
});

describe('parseAnnotation', () => {
  it('accepts what the viewer saves, trimming the text', () => {
    expect(parseAnnotation({ ...arrow, text: '  cyst ' })).toEqual(arrow);
  });

  it('gives a reason naming the annotation for each kind of damage', () => {
    expect(parseAnnotation(null)).toMatch(/not an object/);
    expect(parseAnnotation({ ...arrow, points: [{ x: 1, y: 2 }] })).toMatch(/a1 \(arrow\) needs 2 point/);
    expect(parseAnnotation({ ...arrow, kind: 'circle' })).toMatch(/unknown kind "circle"/);
    expect(parseAnnotation({ ...arrow, kind: 'text', points: [{ x: 1, y: 2 }], text: ' ' })).toMatch(
      /note without text/,
    );
    expect(parseAnnotation({ ...arrow, kind: 'distance' })).toMatch(/without its length/);
    expect(
      parseAnnotation({ ...arrow, kind: 'distance', distance: { basis: 'none', unit: 'mm', value: 3 } }),
    ).toMatch(/without its length/);
    expect(parseAnnotation({ ...arrow, frame: -1 })).toMatch(/frame/);
    expect(parseAnnotation({ ...arrow, sopInstanceUid: '' })).toMatch(/SOP Instance UID/);
    expect(parseAnnotation({ ...arrow, createdAt: 'yesterday' })).toMatch(/creation date/);
  });
});

describe('selection', () => {
  const other = { ...arrow, id: 'a2', frame: 1, createdAt: '2024-04-01T00:00:00.000Z' };
  const elsewhere = { ...arrow, id: 'a3', studyId: 'study-2', sopInstanceUid: '9.9' };

  it('finds the annotations of one image by SOP Instance UID and frame', () => {
    expect(annotationsOnImage([arrow, other, elsewhere], '1.2.3.4', 0).map((a) => a.id)).toEqual(['a1']);
    expect(annotationsOnImage([arrow, other], '1.2.3.4', 1).map((a) => a.id)).toEqual(['a2']);
    expect(annotationsOnImage([arrow], undefined, 0)).toEqual([]);
  });

  it("lists a study's annotations oldest first", () => {
    expect(annotationsOfStudy([arrow, elsewhere, other], 'study-1').map((a) => a.id)).toEqual(['a2', 'a1']);
  });
});

describe('arrowHead', () => {
  it('puts both barbs `size` from the head, symmetric about the shaft and behind the head', () => {
    const tail = { x: 0, y: 0 };
    const head = { x: 10, y: 0 };
    const barbs = arrowHead(tail, head, 5);
    expect(barbs).toHaveLength(2);
    for (const b of barbs) {
      expect(Math.hypot(b.x - head.x, b.y - head.y)).toBeCloseTo(5, 9);
      expect(b.x).toBeCloseTo(10 - 5 * Math.cos((25 * Math.PI) / 180), 9);
    }
    expect(barbs[0]!.y).toBeCloseTo(-barbs[1]!.y, 9);
    expect(arrowHead(tail, tail, 5)).toEqual([]);
  });
});
