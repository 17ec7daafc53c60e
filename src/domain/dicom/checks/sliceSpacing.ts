import type { DicomInstance } from '../model';

export interface StackSpacing {
  /** Slice positions along the normal, sorted, in mm. */
  readonly positions: readonly number[];
  readonly typical: number;
  readonly minimum: number;
  readonly maximum: number;
  readonly uneven: boolean;
  /** Steps of about k times the typical spacing: k - 1 slices probably missing there. */
  readonly gaps: readonly { readonly from: number; readonly to: number; readonly missing: number }[];
}

/** Steps may differ from the typical one by this much (absolute mm, or this fraction of it) before they count. */
const TOLERANCE_MM = 0.05;
const TOLERANCE_FRACTION = 0.1;

/**
 * Spacing of single-frame slices, per stack (slices sharing one ImageOrientationPatient). Each position
 * is ImagePositionPatient projected on the slice normal (row × column direction cosines), which stays right
 * for tilted gantries and oblique stacks. Stacks of fewer than 3 distinct positions are skipped.
 */
export function sliceSpacing(instances: readonly DicomInstance[]): StackSpacing[] {
  const stacks = new Map<string, { normal: number[]; positions: number[] }>();
  for (const { image } of instances) {
    const o = image.imageOrientationPatient;
    const p = image.imagePositionPatient;
    if (!o || !p || o.length !== 6 || p.length !== 3 || (image.numberOfFrames ?? 1) > 1) continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = o;
    const normal = [b * f - c * e, c * d - a * f, a * e - b * d];
    const length = Math.hypot(...normal);
    if (length < 1e-6) continue;
    const key = o.map((v) => v.toFixed(3)).join('\\');
    const stack = stacks.get(key) ?? { normal: normal.map((n) => n / length), positions: [] };
    stacks.set(key, stack);
    stack.positions.push(
      (p[0] ?? 0) * (stack.normal[0] ?? 0) +
        (p[1] ?? 0) * (stack.normal[1] ?? 0) +
        (p[2] ?? 0) * (stack.normal[2] ?? 0),
    );
  }
  const result: StackSpacing[] = [];
  for (const { positions } of stacks.values()) {
    const sorted = [...positions]
      .sort((x, y) => x - y)
      .filter((x, i, all) => i === 0 || x - (all[i - 1] ?? x) > 1e-3);
    if (sorted.length < 3) continue;
    const steps = sorted.slice(1).map((x, i) => x - (sorted[i] ?? x));
    const typical = median(steps);
    const tolerance = Math.max(TOLERANCE_MM, typical * TOLERANCE_FRACTION);
    const uneven = steps.some((s) => Math.abs(s - typical) > tolerance);
    const gaps = steps.flatMap((s, i) => {
      const k = Math.round(s / typical);
      return k >= 2 && Math.abs(s - k * typical) <= tolerance * k
        ? [{ from: sorted[i] ?? 0, to: sorted[i + 1] ?? 0, missing: k - 1 }]
        : [];
    });
    result.push({
      positions: sorted,
      typical,
      minimum: Math.min(...steps),
      maximum: Math.max(...steps),
      uneven,
      gaps,
    });
  }
  return result;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
