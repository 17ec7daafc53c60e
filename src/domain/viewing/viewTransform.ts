/** Zoom and pan of an image in a viewport; zoom 1 fits the whole image, centred. */
export interface ViewState {
  readonly zoom: number;
  /** Offset from the centred position, in screen pixels. */
  readonly panX: number;
  readonly panY: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Placement {
  /** Screen pixels per image pixel. */
  readonly scale: number;
  /** Screen position of the image's top-left corner. */
  readonly left: number;
  readonly top: number;
}

export const FIT: ViewState = { zoom: 1, panX: 0, panY: 0 };
export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 40;

export function placement(view: ViewState, image: Size, box: Size): Placement {
  const fit =
    image.width > 0 && image.height > 0 ? Math.min(box.width / image.width, box.height / image.height) : 1;
  const scale = fit * view.zoom;
  return {
    scale,
    left: (box.width - image.width * scale) / 2 + view.panX,
    top: (box.height - image.height * scale) / 2 + view.panY,
  };
}

export function screenToImage(p: { x: number; y: number }, at: Placement): { x: number; y: number } {
  return { x: (p.x - at.left) / at.scale, y: (p.y - at.top) / at.scale };
}

export function imageToScreen(p: { x: number; y: number }, at: Placement): { x: number; y: number } {
  return { x: at.left + p.x * at.scale, y: at.top + p.y * at.scale };
}

/** Zooms by `factor` keeping the image point under the screen point `anchor` where it is. */
export function zoomAt(
  view: ViewState,
  factor: number,
  anchor: { x: number; y: number },
  image: Size,
  box: Size,
): ViewState {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom * factor));
  const before = placement(view, image, box);
  const point = screenToImage(anchor, before);
  const after = placement({ ...view, zoom }, image, box);
  const moved = imageToScreen(point, after);
  return { zoom, panX: view.panX + anchor.x - moved.x, panY: view.panY + anchor.y - moved.y };
}
