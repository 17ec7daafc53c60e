import { createEffect, createMemo, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import {
  CT_PRESETS,
  autoWindow,
  applyModalityLut,
  defaultWindow,
  type WindowLevel,
} from '../../domain/pixels';
import { FIT, type ImagePoint, type ViewState } from '../../domain/viewing';
import type { DecodeApi } from '../../protocol/decodeApi';
import type { WorkerClient } from '../../protocol/workerClient';
import { deviceSliceBudget } from './deviceSliceBudget';
import { makeSliceLoader, type SliceLoader, type SliceResult } from './sliceLoader';
import type { Stack } from './stack';
import type { ViewerData } from './viewerData';

export type DragTool = 'window' | 'scroll' | 'measure' | 'arrow' | 'note';
export type PresetKey = 'file' | 'auto' | 'custom' | keyof typeof CT_PRESETS;

export interface Measurement {
  readonly slice: number;
  readonly a: ImagePoint;
  readonly b: ImagePoint;
}

/** An arrow or note being placed, not yet saved: arrow points are [tail, head], a note has one. */
export interface AnnotationDraft {
  readonly kind: 'arrow' | 'text';
  readonly slice: number;
  readonly points: readonly ImagePoint[];
}

const findSlice = (s: Stack, sopInstanceUid: string, frame: number) =>
  s.slices.findIndex((x) => x.instance.sopInstanceUid === sopInstanceUid && x.frame === frame);

/**
 * The state of one viewport (slice, contrast, zoom, tool, cine) and the actions on it. Shared by the
 * canvas, the toolbar and the slider, and by the compare view to keep two viewports in step.
 */
export function createViewport(
  stack: Accessor<Stack>,
  data: ViewerData,
  decoder: Accessor<WorkerClient<DecodeApi>>,
) {
  const [index, setIndexRaw] = createSignal(0);
  const [readyVersion, setReadyVersion] = createSignal(0);
  const [window, setWindow] = createSignal<WindowLevel | undefined>(undefined);
  const [preset, setPreset] = createSignal<PresetKey>('file');
  const [invert, setInvert] = createSignal(false);
  const [view, setView] = createSignal<ViewState>(FIT);
  const [tool, setTool] = createSignal<DragTool>('window');
  const [overlays, setOverlays] = createSignal(true);
  const [measurement, setMeasurement] = createSignal<Measurement | null>(null);
  const [draft, setDraft] = createSignal<AnnotationDraft | null>(null);
  const [playing, setPlaying] = createSignal(false);
  const [fps, setFps] = createSignal(10);

  const count = () => stack().slices.length;
  let loader: SliceLoader | undefined;
  /** An image asked for (from the annotation list) before its series' stack was loaded. */
  let wanted: { sopInstanceUid: string; frame: number } | undefined;

  createEffect(
    on([stack, decoder], ([s, d]) => {
      const made = makeSliceLoader(
        data,
        d,
        s.slices,
        () => setReadyVersion((v) => v + 1),
        deviceSliceBudget(),
      );
      loader = made;
      const start = wanted ? Math.max(0, findSlice(s, wanted.sopInstanceUid, wanted.frame)) : 0;
      wanted = undefined;
      setIndexRaw(start);
      setMeasurement(null);
      setDraft(null);
      setPlaying(false);
      made.focus(start);
      onCleanup(() => made.dispose());
    }),
  );

  const current = createMemo<SliceResult | undefined>(() => {
    readyVersion();
    stack();
    return loader?.peek(index());
  });

  /** The last frame shown, kept on screen while the next one decodes. */
  const [shown, setShown] = createSignal<SliceResult | undefined>(undefined);
  createEffect(() => {
    const result = current();
    if (result) setShown(result);
  });
  createEffect(on(stack, () => setShown(undefined)));

  const setIndex = (next: number) => {
    const clamped = Math.max(0, Math.min(count() - 1, Math.round(next)));
    if (clamped !== index()) setIndexRaw(clamped);
    loader?.focus(clamped);
  };

  // A draft belongs to the slice it was started on; moving away abandons it.
  createEffect(
    on(index, (i) => {
      if (draft() && draft()?.slice !== i) setDraft(null);
    }),
  );

  /** Shows an image of this stack, or remembers it for when its series' stack arrives. */
  const goTo = (sopInstanceUid: string, frame: number) => {
    const i = findSlice(stack(), sopInstanceUid, frame);
    if (i >= 0) {
      wanted = undefined;
      setIndex(i);
    } else wanted = { sopInstanceUid, frame };
  };

  /**
   * Starts an arrow or note from the keyboard, at the middle of the image (an arrow points there from
   * lower left), for people who cannot point.
   */
  const placeDraft = (kind: AnnotationDraft['kind']) => {
    const f = frame();
    if (!f) return;
    const centre = { x: f.columns / 2, y: f.rows / 2 };
    const reach = Math.min(f.columns, f.rows) * 0.15;
    const points = kind === 'text' ? [centre] : [{ x: centre.x - reach, y: centre.y + reach }, centre];
    setDraft({ kind, slice: index(), points });
  };

  const frame = () => {
    const s = shown();
    return s?.ok ? s.frame : undefined;
  };
  const monochrome = () => {
    const f = frame();
    return f !== undefined && f.samplesPerPixel === 1 && f.photometric !== 'PALETTE COLOR';
  };
  /** The window in use: the chosen one, else the file's (or automatic) for this slice. */
  const effectiveWindow = createMemo<WindowLevel | undefined>(() => {
    const f = frame();
    if (!f || !monochrome()) return undefined;
    const chosen = window();
    if (chosen) return chosen;
    // A blank slice (every pixel equal) with no window in the file would come out white; show it black.
    if (f.display.windows.length === 0 && f.min === f.max && f.display.modalityTransform.kind === 'rescale') {
      const t = f.display.modalityTransform;
      return { center: f.min * t.slope + t.intercept + 1, width: 2, explanation: 'Blank image' };
    }
    return defaultWindow(f, f.display);
  });

  const choosePreset = (key: PresetKey) => {
    setPreset(key);
    if (key === 'file') setWindow(undefined);
    else if (key === 'auto') {
      const f = frame();
      if (f) setWindow(autoWindow(applyModalityLut(f.pixels, f.display.modalityTransform)));
    } else if (key !== 'custom') setWindow(CT_PRESETS[key]);
  };

  // Cine: advance only once the next slice is decoded, so no frame is skipped.
  createEffect(() => {
    if (!playing()) return;
    const timer = setInterval(
      () => {
        if (count() < 2) return;
        const next = (index() + 1) % count();
        if (loader?.peek(next) !== undefined) setIndex(next);
        else loader?.focus(next);
      },
      1000 / Math.max(1, fps()),
    );
    onCleanup(() => clearInterval(timer));
  });

  return {
    stack,
    index,
    count,
    setIndex,
    step: (delta: number) => setIndex(index() + delta),
    current,
    shown,
    frame,
    monochrome,
    loading: () => current() === undefined,
    window,
    setWindow: (w: WindowLevel | undefined, key: PresetKey = 'custom') => {
      setWindow(w);
      setPreset(key);
    },
    effectiveWindow,
    preset,
    choosePreset,
    invert,
    setInvert,
    view,
    setView,
    fit: () => setView(FIT),
    tool,
    setTool,
    overlays,
    setOverlays,
    measurement,
    setMeasurement,
    draft,
    setDraft,
    placeDraft,
    goTo,
    playing,
    setPlaying,
    fps,
    setFps,
    slice: () => stack().slices[index()],
  };
}

export type ViewportController = ReturnType<typeof createViewport>;
