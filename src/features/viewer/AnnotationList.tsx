import { createSignal, For, Show } from 'solid-js';
import type { Annotation } from '../../domain/viewing';
import { Alert } from '../../ui/Alert';
import type { AnnotationStore } from './annotationStore';
import { annotationText, kindName } from './annotationText';
import { ConfirmDialog } from './ConfirmDialog';
import type { ViewportController } from './createViewport';
import { vt } from './messages';

const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

/** Where an annotation lies: its slice in the series on screen, else the other series it belongs to. */
function whereText(a: Annotation, c: ViewportController | undefined): string {
  const index =
    c
      ?.stack()
      .slices.findIndex((s) => s.instance.sopInstanceUid === a.sopInstanceUid && s.frame === a.frame) ?? -1;
  return index >= 0
    ? vt('viewer.sliceOf', { n: index + 1, total: c!.count() })
    : vt('viewer.annotations.otherSeries');
}

/** The study's annotations: each opens its slice, and each can be deleted after a confirmation. */
export function AnnotationList(props: {
  store: AnnotationStore;
  controller: ViewportController | undefined;
  onOpen: (a: Annotation) => void;
}) {
  const [asking, setAsking] = createSignal<Annotation | null>(null);
  return (
    <section
      class="card annotation-panel"
      aria-labelledby="annotation-panel-title"
      data-testid="annotation-list"
    >
      <h2 id="annotation-panel-title">{vt('viewer.annotations.title')}</h2>
      <Show when={props.store.problem()}>{(p) => <Alert tone="error">{p()}</Alert>}</Show>
      <Show
        when={props.store.list().length > 0}
        fallback={
          <p class="annotation-empty">
            {props.store.loading() ? vt('viewer.annotations.loading') : vt('viewer.annotations.empty')}
          </p>
        }
      >
        <ul class="annotation-items">
          <For each={props.store.list()}>
            {(a) => (
              <li data-testid="annotation-item" data-annotation-id={a.id} data-kind={a.kind}>
                <button type="button" class="annotation-open" onClick={() => props.onOpen(a)}>
                  <span class={`annotation-kind annotation-kind-${a.kind}`}>{kindName(a.kind)}</span>
                  <span class="annotation-where">{whereText(a, props.controller)}</span>
                  <Show when={annotationText(a)}>
                    <span class="annotation-text">{annotationText(a)}</span>
                  </Show>
                  <time class="annotation-date" dateTime={a.createdAt}>
                    {when(a.createdAt)}
                  </time>
                </button>
                <button
                  type="button"
                  class="button small"
                  aria-label={vt('viewer.annotations.deleteOne', {
                    kind: kindName(a.kind),
                    text: annotationText(a) || whereText(a, props.controller),
                  })}
                  onClick={() => setAsking(a)}
                >
                  {vt('viewer.annotations.delete')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={asking()}>
        {(a) => (
          <ConfirmDialog
            title={vt('viewer.annotations.confirmTitle')}
            message={vt('viewer.annotations.confirmMessage', {
              kind: kindName(a().kind),
              text: annotationText(a()) || whereText(a(), props.controller),
            })}
            confirmLabel={vt('viewer.annotations.delete')}
            onConfirm={() => void props.store.remove(a())}
            onClose={() => setAsking(null)}
          />
        )}
      </Show>
    </section>
  );
}
