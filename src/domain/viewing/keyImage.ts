/** The caption strip under a key image always holds this many lines (identifiers, one group a line). */
export const KEY_IMAGE_CAPTION_LINES = 4;

/** Colour of the caption strip (RGB), distinct from any grey level so the strip can be told apart. */
export const KEY_IMAGE_STRIP_RGB: readonly [number, number, number] = [16, 40, 56];

export interface CaptionLayout {
  /** Height of one caption line, in image pixels. */
  readonly lineHeight: number;
  /** Space above the first line and below the last. */
  readonly padding: number;
  /** Height of the whole strip. */
  readonly height: number;
}

/**
 * The caption strip's size for an image `columns` wide: the text grows with the image so it stays
 * legible when a wide radiograph is viewed whole, and never shrinks below 14 pixels a line.
 */
export function captionLayout(columns: number): CaptionLayout {
  const lineHeight = Math.max(14, Math.round(columns / 36));
  const padding = Math.round(lineHeight / 2);
  return { lineHeight, padding, height: KEY_IMAGE_CAPTION_LINES * lineHeight + 2 * padding };
}

/** Standard base64 of bytes (PNG files kept in a sealed record as text). */
export function bytesToBase64(bytes: Uint8Array): string {
  // btoa takes a binary string; building it in slices keeps the argument list short for big images.
  let binary = '';
  const SLICE = 0x8000;
  for (let i = 0; i < bytes.length; i += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  }
  return btoa(binary);
}

const safe = (s: string | number | undefined) =>
  String(s ?? '')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * A file name saying what the key image shows without any personal data: study date, series and
 * instance numbers, frame, and when it was made.
 */
export function keyImageFileName(parts: {
  studyDate?: string | undefined;
  seriesNumber?: number | undefined;
  instanceNumber?: number | undefined;
  frame: number;
  frames: number;
  createdAt: Date;
}): string {
  const stamp = parts.createdAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const pieces = [
    'key-image',
    safe(parts.studyDate),
    parts.seriesNumber !== undefined ? `s${safe(parts.seriesNumber)}` : '',
    parts.instanceNumber !== undefined ? `i${safe(parts.instanceNumber)}` : '',
    parts.frames > 1 ? `f${parts.frame + 1}` : '',
    stamp,
  ];
  return `${pieces.filter(Boolean).join('_')}.png`;
}
