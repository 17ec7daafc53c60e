import { createSignal, onCleanup, Show, type JSX } from 'solid-js';
import { annotationDistance, annotationsOnImage, type Annotation } from '../../domain/viewing';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { AnnotationEditor } from './AnnotationEditor';
import type { AnnotationStore } from './annotationStore';
import { createViewport, type ViewportController } from './createViewport';
import { saveKeyImage } from './keyImage';
import { vt } from './messages';
import { HelpOverlay } from './HelpOverlay';
import { useViewerServices } from './services';
import type { Stack } from './stack';
import { TagBrowser } from './TagBrowser';
import { handleViewerKey } from './viewerKeys';
import { SliceSlider, ViewerToolbar } from './ViewerToolbar';
import { Viewport } from './Viewport';

/**
 * A viewport with its own decode worker, toolbar, slider, help and tag browser. Keys pressed anywhere in
 * the panel (outside text fields) drive it.
 */
export function ViewportPanel(props: {
  stack: Stack;
  label: string;
  compact?: boolean;
  header?: JSX.Element;
  onController?: (c: ViewportController) => void;
  /** Where this panel's arrows, notes, saved distances and key images are kept (the study viewer). */
  annotations?: { store: AnnotationStore; seriesId: string | undefined };
}) {
  const services = useViewerServices();
  const decoder = services.startDecoder();
  onCleanup(() => decoder.terminate());
  const controller = createViewport(
    () => props.stack,
    services.data,
    () => decoder.client,
  );
  props.onController?.(controller);
  const [help, setHelp] = createSignal(false);
  const [tags, setTags] = createSignal(false);
  const [status, setStatus] = createSignal<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [keyBusy, setKeyBusy] = createSignal(false);

  /** A new annotation on the image on screen; undefined (with the reason shown) when it cannot be kept. */
  const annotationOf = (
    fields: Pick<Annotation, 'kind' | 'points'> & Partial<Pick<Annotation, 'text' | 'distance'>>,
  ): Annotation | undefined => {
    const where = props.annotations;
    const slice = controller.slice();
    if (!where || !slice) return undefined;
    const uid = slice.instance.sopInstanceUid;
    if (!uid) {
      setStatus({ tone: 'error', text: vt('viewer.annotations.noUid') });
      return undefined;
    }
    return {
      id: crypto.randomUUID(),
      studyId: where.store.studyId(),
      ...(where.seriesId ? { seriesId: where.seriesId } : {}),
      sopInstanceUid: uid,
      frame: slice.frame,
      createdAt: new Date().toISOString(),
      ...fields,
    };
  };

  const save = async (annotation: Annotation | undefined) => {
    if (!annotation || !props.annotations) return false;
    const saved = await props.annotations.store.save(annotation);
    setStatus(saved ? { tone: 'success', text: vt('viewer.annotations.saved') } : null);
    return saved;
  };

  const saveDraft = async (text: string) => {
    const d = controller.draft();
    if (!d) return false;
    const saved = await save(annotationOf({ kind: d.kind, points: d.points, ...(text ? { text } : {}) }));
    if (saved) {
      controller.setDraft(null);
      box?.querySelector<HTMLElement>('.viewport')?.focus({ preventScroll: true });
    }
    return saved;
  };

  const saveMeasurement = async () => {
    const m = controller.measurement();
    const slice = controller.slice();
    if (!m || !slice || m.slice !== controller.index()) return;
    const distance = annotationDistance(m.a, m.b, slice.instance);
    if (await save(annotationOf({ kind: 'distance', points: [m.a, m.b], distance })))
      controller.setMeasurement(null);
  };

  const onImage = () =>
    annotationsOnImage(
      props.annotations?.store.list() ?? [],
      controller.slice()?.instance.sopInstanceUid,
      controller.slice()?.frame ?? 0,
    );

  const keyImage = async () => {
    const where = props.annotations;
    if (!where || keyBusy()) return;
    setKeyBusy(true);
    try {
      const m = controller.measurement();
      const slice = controller.slice();
      // The distance on screen, saved or not, belongs in the picture the person sees.
      const live =
        m && slice && m.slice === controller.index()
          ? annotationOf({
              kind: 'distance',
              points: [m.a, m.b],
              distance: annotationDistance(m.a, m.b, slice.instance),
            })
          : undefined;
      const record = await saveKeyImage(controller, where.store.studyId(), [
        ...onImage(),
        ...(live ? [live] : []),
      ]);
      setStatus({ tone: 'success', text: vt('viewer.key.saved', { file: record.fileName }) });
    } catch (error) {
      setStatus({ tone: 'error', text: vt('viewer.key.failed', { reason: errorMessage(error) }) });
    } finally {
      setKeyBusy(false);
    }
  };

  const actions = {
    toggleHelp: () => setHelp(!help()),
    toggleTags: () => setTags(!tags()),
    ...(props.annotations ? { keyImage: () => void keyImage() } : {}),
  };
  let box: HTMLDivElement | undefined;

  return (
    <div
      ref={box}
      class="viewport-panel"
      onKeyDown={(event) => {
        if (help() || tags()) return;
        if (handleViewerKey(event, controller, actions)) event.preventDefault();
      }}
    >
      {props.header}
      <ViewerToolbar
        controller={controller}
        compact={props.compact ?? false}
        onHelp={actions.toggleHelp}
        onTags={actions.toggleTags}
        onSaveMeasurement={props.annotations ? () => void saveMeasurement() : undefined}
        onKeyImage={props.annotations ? () => void keyImage() : undefined}
        keyImageBusy={keyBusy()}
      />
      <div class="viewport-stage">
        <Viewport
          controller={controller}
          label={props.label}
          annotations={props.annotations?.store.list() ?? []}
        />
        {/* Over the image, not above it: the image must not move while an arrow is being drawn. */}
        <Show when={props.annotations && controller.draft()}>
          {(d) => (
            <AnnotationEditor draft={d()} onSave={saveDraft} onCancel={() => controller.setDraft(null)} />
          )}
        </Show>
      </div>
      <SliceSlider controller={controller} label={`${props.label}: slice`} />
      <Show when={status()}>
        {(s) => (
          <div class="viewer-status" data-testid="viewer-status">
            <Alert tone={s().tone}>{s().text}</Alert>
          </div>
        )}
      </Show>
      <Show when={help()}>
        <HelpOverlay onClose={() => setHelp(false)} />
      </Show>
      <Show when={tags() && controller.slice()}>
        {(slice) => (
          <TagBrowser data={services.data} instance={slice().instance} onClose={() => setTags(false)} />
        )}
      </Show>
    </div>
  );
}
