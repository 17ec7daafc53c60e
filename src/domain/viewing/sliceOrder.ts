/** What ordering slices needs from an image: its place in the patient, its number and its identity. */
export interface SliceGeometry {
  readonly imagePositionPatient?: readonly number[] | undefined;
  readonly imageOrientationPatient?: readonly number[] | undefined;
  readonly instanceNumber?: number | undefined;
  /** Breaks the last ties, so the order never depends on the order the images were listed in. */
  readonly sopInstanceUid?: string | undefined;
}

const byUid = (a: SliceGeometry, b: SliceGeometry): number => {
  const x = a.sopInstanceUid ?? '';
  const y = b.sopInstanceUid ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

export type Vector3 = readonly [number, number, number];

/** The unit normal of an image plane: row direction × column direction (PS3.3 C.7.6.2.1.1). */
export function sliceNormal(orientation: readonly number[] | undefined): Vector3 | undefined {
  if (!orientation || orientation.length < 6 || !orientation.slice(0, 6).every(Number.isFinite))
    return undefined;
  const [rx, ry, rz, cx, cy, cz] = orientation as [number, number, number, number, number, number];
  const n: [number, number, number] = [ry * cz - rz * cy, rz * cx - rx * cz, rx * cy - ry * cx];
  const length = Math.hypot(...n);
  if (!(length > 1e-6)) return undefined;
  return [n[0] / length, n[1] / length, n[2] / length];
}

/** The signed distance in mm of a slice's first voxel along the normal. */
export function positionAlongNormal(
  position: readonly number[] | undefined,
  normal: Vector3,
): number | undefined {
  if (!position || position.length < 3 || !position.slice(0, 3).every(Number.isFinite)) return undefined;
  return (
    (position[0] as number) * normal[0] +
    (position[1] as number) * normal[1] +
    (position[2] as number) * normal[2]
  );
}

/** Two normals are parallel (either direction) within about 1°. */
export function parallel(a: Vector3, b: Vector3): boolean {
  return Math.abs(a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) > 0.9998;
}

export interface OrderedSlices<T> {
  readonly items: readonly T[];
  /** Each item's position along the common normal in mm, when every item has one. */
  readonly positions?: readonly number[];
  readonly normal?: Vector3;
  /** How the order was found. */
  readonly by: 'position' | 'instance-number' | 'as-given';
}

/**
 * Orders the images of a series the way viewers stack them: by position along the shared slice normal
 * when every image has a position and they all share one orientation; otherwise by Instance Number;
 * otherwise as given. Ties keep their Instance Number order, then SOP Instance UID order, so a repeated
 * position (or number) stacks the same way on every run whatever order the catalog listed the images in.
 */
export function orderSlices<T extends SliceGeometry>(items: readonly T[]): OrderedSlices<T> {
  const byNumber = items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        (a.item.instanceNumber ?? Number.POSITIVE_INFINITY) -
          (b.item.instanceNumber ?? Number.POSITIVE_INFINITY) ||
        byUid(a.item, b.item) ||
        a.index - b.index,
    )
    .map((x) => x.item);
  const normal = sliceNormal(items[0]?.imageOrientationPatient);
  if (normal && items.length > 0) {
    const placed = byNumber.map((item) => {
      const own = sliceNormal(item.imageOrientationPatient);
      const position =
        own && parallel(own, normal) ? positionAlongNormal(item.imagePositionPatient, normal) : undefined;
      return { item, position };
    });
    if (placed.every((p) => p.position !== undefined)) {
      const sorted = [...placed].sort((a, b) => (a.position as number) - (b.position as number));
      return {
        items: sorted.map((p) => p.item),
        positions: sorted.map((p) => p.position as number),
        normal,
        by: 'position',
      };
    }
  }
  const numbered = items.some((item) => item.instanceNumber !== undefined);
  // Without numbers byNumber is the SOP Instance UID order (then as given): the same on every run.
  return { items: byNumber, by: numbered ? 'instance-number' : 'as-given' };
}
