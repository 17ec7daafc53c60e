import { orderSlices, type StackPlacement, type Vector3 } from '../../domain/viewing';
import type { SliceRef } from './sliceLoader';
import type { ViewerInstance } from './viewerData';

/** A series laid out for scrolling: its slices in order and, when known, where each lies. */
export interface Stack extends StackPlacement {
  readonly slices: readonly SliceRef[];
  readonly positions?: readonly number[];
  readonly normal?: Vector3;
  readonly frameOfReferenceUid?: string;
}

/**
 * Instances ordered along the slice normal (instance number otherwise), each expanded into its frames.
 * Positions are kept only for a stack of single-frame images: a multi-frame file's per-frame positions
 * are not in the catalog.
 */
export function buildStack(instances: readonly ViewerInstance[]): Stack {
  const ordered = orderSlices(instances);
  const slices = ordered.items.flatMap((instance) =>
    Array.from({ length: instance.numberOfFrames }, (_, frame) => ({ instance, frame })),
  );
  const singleFrames = slices.length === ordered.items.length;
  const frameOfReferenceUid = instances[0]?.header.frameOfReferenceUid;
  return {
    slices,
    count: slices.length,
    ...(singleFrames && ordered.positions ? { positions: ordered.positions } : {}),
    ...(singleFrames && ordered.normal ? { normal: ordered.normal } : {}),
    ...(frameOfReferenceUid ? { frameOfReferenceUid } : {}),
  };
}
