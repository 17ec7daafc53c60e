import { renderRgba, type DecodedFrameMessage, type WindowLevel } from '../../domain/pixels';
import {
  arrowHead,
  bytesToBase64,
  captionLayout,
  KEY_IMAGE_STRIP_RGB,
  keyImageFileName,
  type Annotation,
} from '../../domain/viewing';
import { keyImageKind, putDocument, type KeyImageRecord } from '../../documents';
import { appendAudit } from '../../storage/auditRepository';
import { downloadBlob } from '../../ui/download';
import { annotationText } from './annotationText';
import type { ViewportController } from './createViewport';
import { vt } from './messages';
import { dateLabel } from '../../catalog';

const COLOURS = { arrow: '#5ad7ff', text: '#ffb347', distance: '#ffd23f' } as const;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The identifiers printed under the image, one group a line (the strip always has four). */
export function captionLines(c: ViewportController): string[] {
  const slice = c.slice();
  const h = slice?.instance.header ?? {};
  const w = c.effectiveWindow();
  const lossy = (c.frame()?.lossy ?? false) || slice?.instance.lossy === true;
  const join = (parts: (string | undefined)[]) =>
    parts.filter((p) => p !== undefined && p !== '').join(' · ');
  return [
    join([
      h.patientName ?? vt('viewer.pick.unknownPatient'),
      h.patientId && vt('viewer.key.patientId', { id: h.patientId }),
    ]),
    join([dateLabel(h.studyDate) ?? vt('viewer.pick.unknownDate'), h.studyDescription]),
    join([
      vt('viewer.key.series', {
        number: h.seriesNumber ?? '?',
        description: h.seriesDescription ?? '',
      }).trim(),
      slice?.instance.instanceNumber !== undefined
        ? vt('viewer.key.instance', { n: slice.instance.instanceNumber })
        : undefined,
      vt('viewer.sliceOf', { n: c.index() + 1, total: c.count() }),
      slice && slice.instance.numberOfFrames > 1
        ? vt('viewer.key.frame', { n: slice.frame + 1, total: slice.instance.numberOfFrames })
        : undefined,
      w ? vt('viewer.window', { width: Math.round(w.width), center: Math.round(w.center) }) : undefined,
    ]),
    join([
      lossy ? vt('viewer.lossy').toUpperCase() : undefined,
      vt('viewer.key.uid', { uid: slice?.instance.sopInstanceUid ?? '?' }),
    ]),
  ];
}

function drawAnnotation(ctx: CanvasRenderingContext2D, a: Annotation, scale: number) {
  const colour = COLOURS[a.kind];
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineWidth = 2 * scale;
  const [p, q] = a.points;
  if (!p) return;
  ctx.beginPath();
  if (a.kind === 'text') ctx.arc(p.x, p.y, 6 * scale, 0, 2 * Math.PI);
  else if (q) {
    ctx.moveTo(p.x, p.y);
    ctx.lineTo(q.x, q.y);
    const barbs = a.kind === 'arrow' ? arrowHead(p, q, 12 * scale) : [];
    for (const b of barbs) {
      ctx.moveTo(q.x, q.y);
      ctx.lineTo(b.x, b.y);
    }
  }
  ctx.stroke();
  const text = annotationText(a);
  if (!text) return;
  const at = a.kind === 'arrow' ? p : (q ?? p);
  const size = Math.round(14 * scale);
  ctx.font = `600 ${size}px ${FONT}`;
  ctx.textBaseline = 'top';
  const width = ctx.measureText(text).width;
  // Near the right edge the words go left of their point, as on screen.
  const right = at.x + 8 * scale;
  const x = right + width > ctx.canvas.width ? Math.max(0, at.x - 8 * scale - width) : right;
  const y = at.y + 8 * scale;
  ctx.fillStyle = 'rgb(0 0 0 / 0.7)';
  ctx.fillRect(x - 3 * scale, y - 2 * scale, width + 6 * scale, size + 4 * scale);
  ctx.fillStyle = colour;
  ctx.fillText(text, x, y);
}

/** Writes one caption line, shrinking the font (then cutting the end) until it fits the width. */
function fitText(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  width: number,
  size: number,
) {
  let s = size;
  ctx.font = `${s}px ${FONT}`;
  while (s > 8 && ctx.measureText(text).width > width) {
    s -= 1;
    ctx.font = `${s}px ${FONT}`;
  }
  let shown = text;
  while (shown.length > 1 && ctx.measureText(shown).width > width) shown = `${shown.slice(0, -2)}…`;
  ctx.fillText(shown, x, y);
}

/**
 * The image at its native size with its annotations drawn in and the caption strip under it. The
 * pixels go through the same window and inversion as on screen.
 */
export async function renderKeyImage(
  frame: DecodedFrameMessage,
  view: { window: WindowLevel | undefined; invert: boolean },
  annotations: readonly Annotation[],
  caption: readonly string[],
): Promise<Blob> {
  const layout = captionLayout(frame.columns);
  const canvas = document.createElement('canvas');
  canvas.width = frame.columns;
  canvas.height = frame.rows + layout.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser gave no 2D canvas to draw the key image on.');
  const pixels = new ImageData(frame.columns, frame.rows);
  renderRgba(
    frame,
    frame.display,
    { ...(view.window ? { window: view.window } : {}), invert: view.invert },
    pixels.data,
  );
  ctx.putImageData(pixels, 0, 0);
  // Lines and words scale with the image so they read the same on a 256² MR and a 3000² radiograph.
  const scale = Math.max(1, frame.columns / 512);
  for (const a of annotations) drawAnnotation(ctx, a, scale);
  const [r, g, b] = KEY_IMAGE_STRIP_RGB;
  ctx.fillStyle = `rgb(${r} ${g} ${b})`;
  ctx.fillRect(0, frame.rows, frame.columns, layout.height);
  ctx.fillStyle = '#ffffff';
  ctx.textBaseline = 'top';
  const textSize = Math.round(layout.lineHeight * 0.78);
  caption.forEach((line, i) =>
    fitText(
      ctx,
      line,
      layout.padding,
      frame.rows + layout.padding + i * layout.lineHeight,
      frame.columns - 2 * layout.padding,
      textSize,
    ),
  );
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error('The browser could not encode the key image as PNG.')),
      'image/png',
    ),
  );
}

/** Makes the key image of what the viewport shows, downloads it and keeps it sealed with the study. */
export async function saveKeyImage(
  c: ViewportController,
  studyId: string,
  annotations: readonly Annotation[],
): Promise<KeyImageRecord> {
  const frame = c.frame();
  const slice = c.slice();
  if (!frame || !slice) throw new Error(vt('viewer.key.noImage'));
  const now = new Date();
  const caption = captionLines(c);
  const blob = await renderKeyImage(
    frame,
    { window: c.effectiveWindow(), invert: c.invert() },
    annotations,
    caption,
  );
  const fileName = keyImageFileName({
    studyDate: slice.instance.header.studyDate,
    seriesNumber: slice.instance.header.seriesNumber,
    instanceNumber: slice.instance.instanceNumber,
    frame: slice.frame,
    frames: slice.instance.numberOfFrames,
    createdAt: now,
  });
  const record: KeyImageRecord = {
    id: crypto.randomUUID(),
    studyId,
    fileName,
    createdAt: now.toISOString(),
    pngBase64: bytesToBase64(new Uint8Array(await blob.arrayBuffer())),
    caption: caption.join('\n'),
  };
  downloadBlob(blob, fileName);
  await putDocument(keyImageKind, record.id, record, now);
  await appendAudit('records.changed', studyId, { keyImage: fileName }).catch(() => undefined);
  return record;
}
