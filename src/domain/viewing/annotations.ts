import { measureDistance, type ImagePoint, type SpacingSource } from './distance';
import { imageToScreen, type Placement } from './viewTransform';

export type AnnotationKind = 'arrow' | 'text' | 'distance';

/** A saved distance, rounded as shown: mm in the patient, mm at the detector, or only pixels. */
export interface AnnotationDistance {
  readonly basis: 'patient' | 'detector' | 'none';
  readonly value: number;
  readonly unit: 'mm' | 'px';
}

/**
 * An arrow, a text note or a distance drawn on one image (SOP Instance UID + frame), kept with its
 * study. Points are in image pixels, so they follow any zoom or pan and can be drawn into a key image.
 * Arrow points are [tail, head]; a note has one point; a distance has its two ends.
 */
export interface Annotation {
  readonly id: string;
  readonly studyId: string;
  readonly seriesId?: string;
  readonly sopInstanceUid: string;
  readonly frame: number;
  readonly kind: AnnotationKind;
  readonly points: readonly ImagePoint[];
  readonly text?: string;
  readonly distance?: AnnotationDistance;
  /** ISO 8601. */
  readonly createdAt: string;
}

const POINTS_OF: Record<AnnotationKind, number> = { arrow: 2, text: 1, distance: 2 };
const KINDS = Object.keys(POINTS_OF) as AnnotationKind[];
export const MAX_ANNOTATION_TEXT = 500;

type Loose = Readonly<Record<string, unknown>>;
const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null;
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function pointOf(x: unknown): ImagePoint | undefined {
  return isObject(x) && finite(x['x']) && finite(x['y']) ? { x: x['x'], y: x['y'] } : undefined;
}

function distanceOf(x: unknown): AnnotationDistance | undefined {
  if (!isObject(x) || !finite(x['value'])) return undefined;
  const basis = x['basis'];
  const unit = x['unit'];
  if (basis !== 'patient' && basis !== 'detector' && basis !== 'none') return undefined;
  if (unit !== 'mm' && unit !== 'px') return undefined;
  if ((basis === 'none') !== (unit === 'px')) return undefined;
  return { basis, value: x['value'], unit };
}

/**
 * An annotation read back from the vault, checked field by field; a reason when it cannot be used (a
 * document written by a later version, or damaged), so one bad record never hides the others.
 */
export function parseAnnotation(value: unknown): Annotation | string {
  if (!isObject(value)) return 'The annotation is not an object.';
  const { id, studyId, seriesId, sopInstanceUid, frame, kind, text, createdAt } = value;
  if (typeof id !== 'string' || !id) return 'The annotation has no id.';
  if (typeof studyId !== 'string' || !studyId) return `Annotation ${id} names no study.`;
  if (typeof sopInstanceUid !== 'string' || !sopInstanceUid)
    return `Annotation ${id} names no image (SOP Instance UID).`;
  if (!finite(frame) || frame < 0 || !Number.isInteger(frame)) return `Annotation ${id} has no valid frame.`;
  if (typeof kind !== 'string' || !KINDS.includes(kind as AnnotationKind))
    return `Annotation ${id} is of an unknown kind "${String(kind)}".`;
  const k = kind as AnnotationKind;
  const raw = Array.isArray(value['points']) ? (value['points'] as unknown[]) : [];
  const points = raw.map(pointOf);
  if (points.length !== POINTS_OF[k] || points.some((p) => p === undefined))
    return `Annotation ${id} (${k}) needs ${POINTS_OF[k]} point(s) in image coordinates.`;
  if (text !== undefined && typeof text !== 'string') return `Annotation ${id} has a text that is not text.`;
  if (k === 'text' && !text?.trim()) return `Annotation ${id} is a note without text.`;
  const distance = distanceOf(value['distance']);
  if (k === 'distance' && !distance) return `Annotation ${id} is a distance without its length.`;
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt)))
    return `Annotation ${id} has no valid creation date.`;
  return {
    id,
    studyId,
    ...(typeof seriesId === 'string' && seriesId ? { seriesId } : {}),
    sopInstanceUid,
    frame,
    kind: k,
    points: points as ImagePoint[],
    ...(text?.trim() ? { text: text.trim() } : {}),
    ...(k === 'distance' && distance ? { distance } : {}),
    createdAt,
  };
}

/** The length of a distance as it is saved and shown: one decimal, with what it is measured in. */
export function annotationDistance(a: ImagePoint, b: ImagePoint, spacing: SpacingSource): AnnotationDistance {
  const d = measureDistance(a, b, spacing);
  const round = (v: number) => Math.round(v * 10) / 10;
  if (d.basis === 'none') return { basis: 'none', value: round(d.pixels), unit: 'px' };
  return { basis: d.basis, value: round(d.mm), unit: 'mm' };
}

/** Which message words a label, and the number in it; the viewer's catalog supplies the words. */
export type LabelKey = 'mm' | 'detector' | 'pixels' | 'text' | 'none';

export function annotationLabel(a: Annotation): { readonly key: LabelKey; readonly value: string } {
  if (a.kind === 'distance' && a.distance) {
    const value = a.distance.value.toFixed(1);
    const key: LabelKey =
      a.distance.basis === 'patient' ? 'mm' : a.distance.basis === 'detector' ? 'detector' : 'pixels';
    return { key, value };
  }
  return a.text ? { key: 'text', value: a.text } : { key: 'none', value: '' };
}

/** The annotations drawn on one image. */
export function annotationsOnImage(
  list: readonly Annotation[],
  sopInstanceUid: string | undefined,
  frame: number,
): Annotation[] {
  if (!sopInstanceUid) return [];
  return list.filter((a) => a.sopInstanceUid === sopInstanceUid && a.frame === frame);
}

/** A study's annotations, oldest first (the order they were made in). */
export function annotationsOfStudy(list: readonly Annotation[], studyId: string): Annotation[] {
  return list
    .filter((a) => a.studyId === studyId)
    .sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id));
}

/** The saved points where they fall on screen for the current zoom and pan. */
export function annotationToScreen(a: Pick<Annotation, 'points'>, at: Placement): { x: number; y: number }[] {
  return a.points.map((p) => imageToScreen(p, at));
}

/**
 * The two barbs of an arrow head at `head`, `size` long and opening 25° either side of the shaft.
 * Empty when tail and head coincide (no direction).
 */
export function arrowHead(
  tail: { x: number; y: number },
  head: { x: number; y: number },
  size: number,
): { x: number; y: number }[] {
  const angle = Math.atan2(head.y - tail.y, head.x - tail.x);
  if (tail.x === head.x && tail.y === head.y) return [];
  const spread = (25 * Math.PI) / 180;
  return [angle + Math.PI - spread, angle + Math.PI + spread].map((a) => ({
    x: head.x + size * Math.cos(a),
    y: head.y + size * Math.sin(a),
  }));
}
