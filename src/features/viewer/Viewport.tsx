import { createEffect, createMemo, createSignal, onCleanup, onMount, Show } from 'solid-js';
import { renderRgba } from '../../domain/pixels';
import {
  annotationsOnImage,
  dragWindow,
  FIT,
  imageToScreen,
  placement,
  screenToImage,
  windowStep,
  zoomAt,
  type Annotation,
  type ViewState,
} from '../../domain/viewing';
import { AnnotationLayer } from './AnnotationLayer';
import type { ViewportController } from './createViewport';
import { MeasureLayer } from './MeasureLayer';
import { vt } from './messages';
import { ViewportOverlays } from './ViewportOverlays';

interface Gesture {
  readonly kind: 'window' | 'scroll' | 'measure' | 'arrow' | 'note' | 'zoom' | 'pan' | 'touch2';
  readonly startX: number;
  readonly startY: number;
  readonly startView: ViewState;
  readonly startWindow?: { center: number; width: number };
  readonly startIndex: number;
  readonly startPinch?: { distance: number; x: number; y: number };
}

const WHEEL_STEP = 80;
const SCROLL_PIXELS_PER_SLICE = 12;
/** A press that moves less than this (screen pixels) is a tap or click, not a drag. */
const TAP_SLOP = 10;

/** One image on a canvas the size of the image, zoomed and panned by a CSS transform. */
export function Viewport(props: {
  controller: ViewportController;
  label: string;
  /** The study's saved annotations; those of the image on screen are drawn. */
  annotations?: readonly Annotation[];
}) {
  const c = props.controller;
  let box!: HTMLDivElement;
  let canvas!: HTMLCanvasElement;
  const [size, setSize] = createSignal({ width: 0, height: 0 });
  let imageData: ImageData | undefined;
  let wheelRemainder = 0;
  const pointers = new Map<number, { x: number; y: number }>();
  let gesture: Gesture | null = null;

  onMount(() => {
    const observer = new ResizeObserver(() => setSize({ width: box.clientWidth, height: box.clientHeight }));
    observer.observe(box);
    onCleanup(() => observer.disconnect());
  });

  const image = () => {
    const f = c.frame();
    return f ? { width: f.columns, height: f.rows } : { width: 1, height: 1 };
  };
  const at = createMemo(() => placement(c.view(), image(), size()));

  createEffect(() => {
    const f = c.frame();
    if (!f) return;
    const w = c.effectiveWindow();
    const invert = c.invert();
    if (canvas.width !== f.columns || canvas.height !== f.rows) {
      canvas.width = f.columns;
      canvas.height = f.rows;
      imageData = undefined;
    }
    imageData ??= new ImageData(f.columns, f.rows);
    renderRgba(f, f.display, { ...(w ? { window: w } : {}), invert }, imageData.data);
    canvas.getContext('2d')?.putImageData(imageData, 0, 0);
    // Frames drawn so far: lets tests and the benchmark see when an image is really on screen.
    canvas.dataset['drawn'] = String(Number(canvas.dataset['drawn'] ?? 0) + 1);
  });

  const local = (event: { clientX: number; clientY: number }) => {
    const rect = box.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  const startGesture = (kind: Gesture['kind'], x: number, y: number): Gesture => {
    const w = c.effectiveWindow();
    return {
      kind,
      startX: x,
      startY: y,
      startView: c.view(),
      startIndex: c.index(),
      ...(w ? { startWindow: { center: w.center, width: w.width } } : {}),
    };
  };

  const pinchOf = () => {
    const [a, b] = [...pointers.values()];
    if (!a || !b) return undefined;
    return { distance: Math.hypot(a.x - b.x, a.y - b.y), x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  };

  const onPointerDown = (event: PointerEvent) => {
    box.focus({ preventScroll: true });
    box.setPointerCapture(event.pointerId);
    const p = local(event);
    pointers.set(event.pointerId, p);
    if (event.pointerType === 'touch' && pointers.size === 2) {
      // A second finger turns an arrow just begun into a pinch.
      if (gesture?.kind === 'arrow') c.setDraft(null);
      const pinch = pinchOf();
      gesture = { ...startGesture('touch2', p.x, p.y), ...(pinch ? { startPinch: pinch } : {}) };
      return;
    }
    if (pointers.size > 1) return;
    const kind: Gesture['kind'] = event.button === 1 ? 'pan' : event.button === 2 ? 'zoom' : c.tool();
    gesture = startGesture(kind, p.x, p.y);
    if (kind === 'measure') {
      const point = screenToImage(p, at());
      c.setMeasurement({ slice: c.index(), a: point, b: point });
    }
    if (kind === 'arrow') {
      const point = screenToImage(p, at());
      c.setDraft({ kind: 'arrow', slice: c.index(), points: [point, point] });
    }
    event.preventDefault();
  };

  const onPointerMove = (event: PointerEvent) => {
    if (!pointers.has(event.pointerId) || !gesture) return;
    const p = local(event);
    pointers.set(event.pointerId, p);
    const dx = p.x - gesture.startX;
    const dy = p.y - gesture.startY;
    switch (gesture.kind) {
      case 'window': {
        const f = c.frame();
        if (!gesture.startWindow || !f) return;
        const t = f.display.modalityTransform;
        const slope = t.kind === 'rescale' ? Math.abs(t.slope) : 1;
        c.setWindow(dragWindow(gesture.startWindow, dx, dy, windowStep(f.min * slope, f.max * slope)));
        return;
      }
      case 'scroll':
        c.setIndex(gesture.startIndex + Math.round(dy / SCROLL_PIXELS_PER_SLICE));
        return;
      case 'measure': {
        const m = c.measurement();
        if (m) c.setMeasurement({ ...m, b: screenToImage(p, at()) });
        return;
      }
      case 'arrow': {
        const d = c.draft();
        if (d?.kind === 'arrow' && d.points[0])
          c.setDraft({ ...d, points: [d.points[0], screenToImage(p, at())] });
        return;
      }
      case 'note':
        return;
      case 'pan':
        c.setView({
          ...gesture.startView,
          panX: gesture.startView.panX + dx,
          panY: gesture.startView.panY + dy,
        });
        return;
      case 'zoom':
        c.setView(
          zoomAt(
            gesture.startView,
            Math.exp(-dy / 200),
            { x: gesture.startX, y: gesture.startY },
            image(),
            size(),
          ),
        );
        return;
      case 'touch2': {
        const pinch = pinchOf();
        const start = gesture.startPinch;
        if (!pinch || !start || start.distance === 0) return;
        const zoomed = zoomAt(gesture.startView, pinch.distance / start.distance, start, image(), size());
        c.setView({
          ...zoomed,
          panX: zoomed.panX + pinch.x - start.x,
          panY: zoomed.panY + pinch.y - start.y,
        });
        return;
      }
    }
  };

  const onPointerUp = (event: PointerEvent) => {
    const p = pointers.has(event.pointerId) ? local(event) : undefined;
    const moved = p && gesture ? Math.hypot(p.x - gesture.startX, p.y - gesture.startY) : Infinity;
    // A note goes where a click or tap lands; an arrow needs a drag to have a direction.
    if (gesture?.kind === 'note' && pointers.size === 1 && moved < TAP_SLOP && event.type === 'pointerup')
      c.setDraft({ kind: 'text', slice: c.index(), points: [screenToImage(p!, at())] });
    if (gesture?.kind === 'arrow' && moved < TAP_SLOP) c.setDraft(null);
    pointers.delete(event.pointerId);
    if (pointers.size === 0) gesture = null;
  };

  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    const delta = event.deltaMode === 1 ? event.deltaY * 40 : event.deltaY;
    if (event.ctrlKey) {
      c.setView(zoomAt(c.view(), Math.exp(-delta / 300), local(event), image(), size()));
      return;
    }
    wheelRemainder += delta;
    const steps =
      Math.trunc(wheelRemainder / WHEEL_STEP) || (Math.abs(delta) >= WHEEL_STEP / 2 ? Math.sign(delta) : 0);
    if (steps !== 0) {
      wheelRemainder = 0;
      c.step(steps);
    }
  };

  const transform = () => {
    const p = at();
    return `translate(${p.left}px, ${p.top}px) scale(${p.scale})`;
  };

  const measureLine = () => {
    const m = c.measurement();
    if (!m || m.slice !== c.index()) return null;
    return { a: imageToScreen(m.a, at()), b: imageToScreen(m.b, at()), measurement: m };
  };

  const onImage = () =>
    annotationsOnImage(props.annotations ?? [], c.slice()?.instance.sopInstanceUid, c.slice()?.frame ?? 0);

  return (
    <div
      ref={box}
      data-annotations={onImage().length}
      class="viewport"
      classList={{ [`tool-${c.tool()}`]: true }}
      tabIndex={0}
      role="img"
      aria-label={props.label}
      aria-roledescription="medical image viewport"
      data-testid="viewport"
      data-slice={c.index() + 1}
      data-slices={c.count()}
      data-window={
        c.effectiveWindow()
          ? `${Math.round(c.effectiveWindow()!.width)}/${Math.round(c.effectiveWindow()!.center)}`
          : ''
      }
      data-zoom={c.view().zoom.toFixed(3)}
      data-ready={c.current() !== undefined ? 'true' : 'false'}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onWheel={onWheel}
      onDblClick={() => c.setView(FIT)}
      onContextMenu={(e) => e.preventDefault()}
    >
      <canvas
        ref={canvas}
        class="viewport-canvas"
        classList={{ crisp: at().scale > 1 }}
        style={{ transform: transform() }}
        width={1}
        height={1}
      />
      <AnnotationLayer
        annotations={onImage()}
        draft={c.draft()?.slice === c.index() ? c.draft() : null}
        at={at()}
        width={size().width}
      />
      <Show when={measureLine()}>{(line) => <MeasureLayer line={line()} slice={c.slice()} />}</Show>
      <ViewportOverlays controller={c} />
      <Show when={c.loading() && c.count() > 0}>
        <p class="viewport-loading" role="status">
          {vt('viewer.loadingSlice')}
        </p>
      </Show>
      <Show
        when={(() => {
          const r = c.current();
          return r && !r.ok ? r.message : undefined;
        })()}
      >
        {(message) => (
          <p class="viewport-error" role="alert">
            {vt('viewer.error', { reason: message() })}
          </p>
        )}
      </Show>
    </div>
  );
}
