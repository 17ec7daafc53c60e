/** What a distance in mm can be computed from. */
export interface SpacingSource {
  /** Pixel Spacing (0028,0030): row spacing (between rows, vertical), then column spacing, in mm. */
  readonly pixelSpacing?: readonly number[] | undefined;
  /** Imager Pixel Spacing (0018,1164): spacing at the detector, not in the patient. */
  readonly imagerPixelSpacing?: readonly number[] | undefined;
}

export interface ImagePoint {
  /** Column, in image pixels (may be fractional). */
  readonly x: number;
  /** Row, in image pixels. */
  readonly y: number;
}

export type Distance =
  | { readonly basis: 'patient'; readonly mm: number; readonly pixels: number }
  | { readonly basis: 'detector'; readonly mm: number; readonly pixels: number }
  | { readonly basis: 'none'; readonly pixels: number; readonly reason: string };

function validSpacing(spacing: readonly number[] | undefined): [number, number] | undefined {
  if (!spacing || spacing.length < 2) return undefined;
  const [row, column] = spacing as [number, number];
  return Number.isFinite(row) && Number.isFinite(column) && row > 0 && column > 0 ? [row, column] : undefined;
}

/**
 * The length of a line on the image. With Pixel Spacing it is in mm in the patient; with only Imager
 * Pixel Spacing it is in mm at the detector (a projection image is magnified, so the caller must say
 * so); with neither, only pixels, and the reason mm cannot be given.
 */
export function measureDistance(a: ImagePoint, b: ImagePoint, source: SpacingSource): Distance {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const pixels = Math.hypot(dx, dy);
  const patient = validSpacing(source.pixelSpacing);
  if (patient) return { basis: 'patient', mm: Math.hypot(dx * patient[1], dy * patient[0]), pixels };
  const detector = validSpacing(source.imagerPixelSpacing);
  if (detector) return { basis: 'detector', mm: Math.hypot(dx * detector[1], dy * detector[0]), pixels };
  return {
    basis: 'none',
    pixels,
    reason:
      'The image gives no Pixel Spacing (0028,0030) or Imager Pixel Spacing (0018,1164), so its size in mm is unknown.',
  };
}
