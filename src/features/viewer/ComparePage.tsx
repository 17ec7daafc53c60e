import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { createEffect, createMemo, createSignal, For, on, Show, untrack } from 'solid-js';
import { matchSlice, planSync } from '../../domain/viewing';
import { Alert } from '../../ui/Alert';
import { PageHeader } from '../../ui/PageHeader';
import { createAnnotationStore } from './annotationStore';
import type { ViewportController } from './createViewport';
import { createSeriesStack, createStudySeries } from './createSeries';
import { vt } from './messages';
import { SeriesSwitcher, seriesLabel } from './SeriesSwitcher';
import { useViewerServices } from './services';
import type { Stack } from './stack';
import { createStudies, studyLabel } from './StudyList';
import { ViewportPanel } from './ViewportPanel';
import type { ViewerStudy } from './viewerData';
import './viewer.css';

/** /viewer/compare?left=ID&right=ID: two studies side by side, scrolling (and optionally contrast) linked. */
export function ComparePage() {
  const [params] = useSearchParams<{ left?: string; right?: string }>();
  return (
    <section class="page viewer-page compare-page" aria-labelledby="page-title">
      <PageHeader
        title={vt('viewer.compare.title')}
        summary={vt('viewer.compare.summary')}
        actions={
          <A class="button small" href="/viewer">
            {vt('viewer.back')}
          </A>
        }
      />
      <Show
        when={params.left && params.right ? [params.left, params.right] : undefined}
        fallback={<ComparePicker />}
      >
        {(ids) => <CompareView left={ids()[0] as string} right={ids()[1] as string} />}
      </Show>
    </section>
  );
}

function ComparePicker() {
  const studies = createStudies();
  const [params] = useSearchParams<{ left?: string; right?: string }>();
  const navigate = useNavigate();
  const list = (): ViewerStudy[] => {
    const s = studies();
    return s?.ok ? s.studies : [];
  };
  const [left, setLeft] = createSignal(params.left ?? '');
  const [right, setRight] = createSignal(params.right ?? '');
  createEffect(() => {
    const all = list();
    if (!left() && all[0]) setLeft(all[0].id);
    if (!right()) setRight(all.find((s) => s.id !== left())?.id ?? '');
  });
  const pick = (label: string, value: () => string, set: (v: string) => void) => (
    <label class="field">
      <span>{label}</span>
      <select value={value()} onChange={(e) => set(e.currentTarget.value)}>
        <For each={list()}>{(s) => <option value={s.id}>{studyLabel(s)}</option>}</For>
      </select>
    </label>
  );
  return (
    <Show when={studies()} fallback={<p role="status">{vt('viewer.pick.loading')}</p>}>
      <Show when={list().length >= 2} fallback={<Alert tone="info">{vt('viewer.compare.needTwo')}</Alert>}>
        <form
          class="card"
          onSubmit={(e) => {
            e.preventDefault();
            navigate(
              `/viewer/compare?left=${encodeURIComponent(left())}&right=${encodeURIComponent(right())}`,
            );
          }}
        >
          {pick(vt('viewer.compare.left'), left, setLeft)}
          {pick(vt('viewer.compare.right'), right, setRight)}
          <button type="submit" class="button primary" disabled={!left() || !right()}>
            {vt('viewer.compare.open')}
          </button>
        </form>
      </Show>
    </Show>
  );
}

function CompareView(props: { left: string; right: string }) {
  const services = useViewerServices();
  const [sync, setSync] = createSignal(true);
  const [linkWindow, setLinkWindow] = createSignal(false);
  const [leftC, setLeftC] = createSignal<ViewportController>();
  const [rightC, setRightC] = createSignal<ViewportController>();

  createEffect(
    on([() => props.left, () => props.right], ([l, r]) => {
      for (const id of new Set([l, r]))
        void services.recordView(id, { where: 'compare' }).catch(() => undefined);
    }),
  );

  const plan = createMemo(() => {
    const a = leftC()?.stack();
    const b = rightC()?.stack();
    return a && b ? planSync(a, b) : undefined;
  });

  // Each side follows the other; the index a side was moved to by the sync is remembered so the echo
  // coming back does not move the first side again.
  const expected = new Map<ViewportController, number>();
  const follow = (from: () => ViewportController | undefined, to: () => ViewportController | undefined) =>
    createEffect(() => {
      const source = from();
      const target = to();
      const p = plan();
      if (!source || !target || !p || !sync()) return;
      const index = source.index();
      if (expected.get(source) === index) {
        expected.delete(source);
        return;
      }
      const next = matchSlice(source.stack(), index, target.stack(), p);
      // Read the target's index without tracking it: otherwise moving this side would also wake the
      // opposite follower, which could run first and pull this side back to the other's old slice.
      if (next !== untrack(target.index)) {
        expected.set(target, next);
        target.setIndex(next);
      }
    });
  follow(leftC, rightC);
  follow(rightC, leftC);

  const linkFrom = (from: () => ViewportController | undefined, to: () => ViewportController | undefined) =>
    createEffect(() => {
      const source = from();
      const target = to();
      if (!source || !target || !linkWindow()) return;
      const w = source.window();
      if (w !== target.window()) target.setWindow(w, source.preset());
    });
  linkFrom(leftC, rightC);
  linkFrom(rightC, leftC);

  return (
    <>
      <div class="compare-controls">
        <label class="check">
          <input type="checkbox" checked={sync()} onChange={(e) => setSync(e.currentTarget.checked)} />
          {vt('viewer.compare.sync')}
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={linkWindow()}
            onChange={(e) => setLinkWindow(e.currentTarget.checked)}
          />
          {vt('viewer.compare.linkWindow')}
        </label>
        <Show when={sync() && plan()}>
          {(p) => (
            <p
              class="sync-note"
              classList={{ warn: p().by === 'index' }}
              data-testid="sync-note"
              role="status"
            >
              {p().by === 'position'
                ? vt('viewer.compare.byPosition')
                : vt('viewer.compare.byIndex', {
                    reason: vt(
                      `viewer.compare.reason.${(p() as { reason: 'no-position' | 'orientation' | 'frame-of-reference' }).reason}`,
                    ),
                  })}
            </p>
          )}
        </Show>
      </div>
      <div class="compare-grid">
        <CompareSide studyId={props.left} side={vt('viewer.compare.left')} onController={setLeftC} />
        <CompareSide studyId={props.right} side={vt('viewer.compare.right')} onController={setRightC} />
      </div>
    </>
  );
}

function CompareSide(props: {
  studyId: string;
  side: string;
  onController: (c: ViewportController) => void;
}) {
  const series = createStudySeries(() => props.studyId);
  const [chosen, setChosen] = createSignal<string>();
  const list = () => {
    const s = series();
    return s?.ok ? s.value : [];
  };
  const seriesId = () => list().find((s) => s.id === chosen())?.id ?? list()[0]?.id;
  const stack = createSeriesStack(seriesId);
  const ready = () => {
    const s = stack();
    return s?.ok && s.value.count > 0 ? s.value : undefined;
  };
  const current = () => list().find((s) => s.id === seriesId());
  // A study's annotations show (and can be added) here too, on whichever side it is open.
  const annotations = createAnnotationStore(() => props.studyId);
  return (
    <div class="compare-side" data-testid="compare-side">
      <Show when={series()} fallback={<p role="status">{vt('viewer.loading')}</p>}>
        {(loaded) => (
          <Show
            when={loaded().ok}
            fallback={<Alert tone="error">{(loaded() as { message: string }).message}</Alert>}
          >
            <Show when={ready()} fallback={<StackProblem stack={stack()} />}>
              {(s) => (
                <ViewportPanel
                  stack={s()}
                  compact
                  label={`${props.side}: ${current() ? seriesLabel(current()!) : ''}`}
                  onController={props.onController}
                  annotations={{ store: annotations, seriesId: seriesId() }}
                  header={
                    <SeriesSwitcher
                      series={list()}
                      current={seriesId()}
                      onSelect={setChosen}
                      label={`${props.side} · ${vt('viewer.series')}`}
                    />
                  }
                />
              )}
            </Show>
          </Show>
        )}
      </Show>
    </div>
  );
}

function StackProblem(props: {
  stack: { ok: true; value: Stack } | { ok: false; message: string } | undefined;
}) {
  return (
    <Show when={props.stack} fallback={<p role="status">{vt('viewer.loading')}</p>}>
      {(s) => (
        <Alert tone={s().ok ? 'info' : 'error'}>
          {s().ok ? vt('viewer.noImages') : (s() as { message: string }).message}
        </Alert>
      )}
    </Show>
  );
}
