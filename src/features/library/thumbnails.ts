import { applyModalityLut, autoWindow, renderRgba } from '../../domain/pixels';
import type { DecoderHandle, ViewerData } from '../viewer';

export const THUMBNAIL_SIZE = 96;

/**
 * Renders the middle image of a series, scaled to fit a THUMBNAIL_SIZE square, into `canvas`. Any
 * transfer syntax the viewer decodes works; a series whose image cannot be decoded returns the reason.
 */
export async function drawSeriesThumbnail(
  data: ViewerData,
  decoder: DecoderHandle,
  seriesId: string,
  canvas: HTMLCanvasElement,
): Promise<string | null> {
  const instances = (await data.listInstancesOfSeries(seriesId)).sort(
    (a, b) => (a.instanceNumber ?? 0) - (b.instanceNumber ?? 0),
  );
  const middle = instances[Math.floor(instances.length / 2)];
  if (!middle) return 'no images';
  const bytes = await data.readOriginal(middle.address);
  const buffer = bytes.buffer as ArrayBuffer;
  const frame = Math.floor((middle.numberOfFrames - 1) / 2);
  const result = await decoder.client.call('decodeFrame', { bytes: buffer, frame }, { transfer: [buffer] });
  if (!result.ok) return result.error.message;
  const image = result.value;
  const full = new OffscreenCanvas(image.columns, image.rows);
  // A thumbnail is a preview: a window from the image's own histogram shows every series legibly,
  // where a stored window meant for the full-size original can leave a small image all black or white.
  const monochrome = image.samplesPerPixel === 1 && image.photometric !== 'PALETTE COLOR';
  const window = monochrome
    ? autoWindow(applyModalityLut(image.pixels, image.display.modalityTransform))
    : undefined;
  const rgba = renderRgba(image, image.display, window ? { window } : {});
  full
    .getContext('2d')
    ?.putImageData(new ImageData(rgba as Uint8ClampedArray<ArrayBuffer>, image.columns, image.rows), 0, 0);
  const scale = Math.min(THUMBNAIL_SIZE / image.columns, THUMBNAIL_SIZE / image.rows);
  const width = Math.max(1, Math.round(image.columns * scale));
  const height = Math.max(1, Math.round(image.rows * scale));
  canvas.width = THUMBNAIL_SIZE;
  canvas.height = THUMBNAIL_SIZE;
  const context = canvas.getContext('2d');
  if (!context) return 'no canvas';
  context.fillStyle = '#000';
  context.fillRect(0, 0, THUMBNAIL_SIZE, THUMBNAIL_SIZE);
  context.imageSmoothingQuality = 'high';
  context.drawImage(full, (THUMBNAIL_SIZE - width) / 2, (THUMBNAIL_SIZE - height) / 2, width, height);
  return null;
}
