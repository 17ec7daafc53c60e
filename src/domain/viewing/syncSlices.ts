import { parallel, type Vector3 } from './sliceOrder';

/** A stack as the sync needs it: slice positions along its normal, the normal and frame of reference. */
export interface StackPlacement {
  readonly count: number;
  readonly positions?: readonly number[] | undefined;
  readonly normal?: Vector3 | undefined;
  readonly frameOfReferenceUid?: string | undefined;
}

export type SyncPlan =
  | { readonly by: 'position' }
  | { readonly by: 'index'; readonly reason: 'no-position' | 'orientation' | 'frame-of-reference' };

/**
 * Slices of two stacks can be matched by position only when both lie in one patient coordinate system
 * (same Frame of Reference UID) and are parallel; otherwise position numbers mean nothing across them
 * and the match falls back to slice index, which the viewer must say.
 */
export function planSync(a: StackPlacement, b: StackPlacement): SyncPlan {
  if (!a.positions || !b.positions || !a.normal || !b.normal) return { by: 'index', reason: 'no-position' };
  if (!parallel(a.normal, b.normal)) return { by: 'index', reason: 'orientation' };
  if (!a.frameOfReferenceUid || a.frameOfReferenceUid !== b.frameOfReferenceUid) {
    return { by: 'index', reason: 'frame-of-reference' };
  }
  return { by: 'position' };
}

/** The slice of `target` that goes with slice `index` of `source` under `plan`. */
export function matchSlice(
  source: StackPlacement,
  index: number,
  target: StackPlacement,
  plan: SyncPlan,
): number {
  const last = target.count - 1;
  if (last < 0) return 0;
  if (plan.by === 'index' || !source.positions || !target.positions || !source.normal || !target.normal) {
    return Math.max(0, Math.min(last, index));
  }
  const here = source.positions[index];
  if (here === undefined) return Math.max(0, Math.min(last, index));
  // Normals may point opposite ways; compare positions along the source's normal.
  const sign =
    source.normal[0] * target.normal[0] +
      source.normal[1] * target.normal[1] +
      source.normal[2] * target.normal[2] <
    0
      ? -1
      : 1;
  let best = 0;
  let bestGap = Number.POSITIVE_INFINITY;
  target.positions.forEach((p, i) => {
    const gap = Math.abs(p * sign - here);
    if (gap < bestGap) {
      bestGap = gap;
      best = i;
    }
  });
  return best;
}
