import { A, useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, on, Show } from 'solid-js';
import type { Annotation } from '../../domain/viewing';
import { Alert } from '../../ui/Alert';
import { PageHeader } from '../../ui/PageHeader';
import { AnnotationList } from './AnnotationList';
import { createAnnotationStore } from './annotationStore';
import { createSeriesStack, createStudySeries } from './createSeries';
import type { ViewportController } from './createViewport';
import { vt } from './messages';
import { SeriesSwitcher, seriesLabel } from './SeriesSwitcher';
import { useViewerServices } from './services';
import type { Stack } from './stack';
import { StudyList } from './StudyList';
import { ViewportPanel } from './ViewportPanel';
import './viewer.css';

/** /viewer lists the vault's studies; /viewer?study=ID[&series=ID] shows one. */
export function ViewerPage() {
  const [params] = useSearchParams<{ study?: string; series?: string }>();
  return (
    <section class="page viewer-page" aria-labelledby="page-title">
      <Show
        when={params.study}
        fallback={
          <>
            <PageHeader title={vt('viewer.title')} summary={vt('viewer.summary')} />
            <StudyList />
          </>
        }
      >
        {(study) => <StudyViewer studyId={study()} />}
      </Show>
    </section>
  );
}

function StudyViewer(props: { studyId: string }) {
  const services = useViewerServices();
  const [params, setParams] = useSearchParams<{ series?: string }>();
  const series = createStudySeries(() => props.studyId);
  const list = () => {
    const s = series();
    return s?.ok ? s.value : [];
  };
  const seriesId = () => {
    const wanted = params.series;
    return list().find((s) => s.id === wanted)?.id ?? list()[0]?.id;
  };
  const stack = createSeriesStack(seriesId);
  const annotations = createAnnotationStore(() => props.studyId);
  const [controller, setController] = createSignal<ViewportController>();
  let viewerTop: HTMLDivElement | undefined;

  /** Shows the slice an annotation was made on, switching series first when it lies in another. */
  const open = (a: Annotation) => {
    if (a.seriesId && a.seriesId !== seriesId() && list().some((s) => s.id === a.seriesId))
      setParams({ series: a.seriesId });
    controller()?.goTo(a.sopInstanceUid, a.frame);
    viewerTop?.scrollIntoView({ block: 'nearest' });
  };

  createEffect(
    on(
      () => props.studyId,
      (studyId) => {
        // The audit trail notes every opening of a study; a failure to write it must not hide the images.
        void services.recordView(studyId, { where: 'viewer' }).catch(() => undefined);
      },
    ),
  );

  const current = () => list().find((s) => s.id === seriesId());

  return (
    <>
      <PageHeader
        title={vt('viewer.title')}
        actions={
          <>
            <A class="button small" href="/viewer">
              {vt('viewer.back')}
            </A>
            <A class="button small" href={`/viewer/compare?left=${encodeURIComponent(props.studyId)}`}>
              {vt('viewer.compare.open')}
            </A>
          </>
        }
      />
      <Show when={series()} fallback={<p role="status">{vt('viewer.loading')}</p>}>
        {(loaded) => (
          <Show
            when={loaded().ok}
            fallback={<Alert tone="error">{(loaded() as { message: string }).message}</Alert>}
          >
            <Show when={list().length > 0} fallback={<Alert tone="info">{vt('viewer.noSeries')}</Alert>}>
              <SeriesSwitcher
                series={list()}
                current={seriesId()}
                onSelect={(id) => setParams({ series: id })}
              />
              <Show when={stack()} fallback={<p role="status">{vt('viewer.loading')}</p>}>
                {(s) => (
                  <Show
                    when={s().ok ? (s() as { value: Stack }).value : undefined}
                    fallback={<Alert tone="error">{(s() as { message: string }).message}</Alert>}
                  >
                    {(ready) => (
                      <Show
                        when={ready().count > 0}
                        fallback={<Alert tone="info">{vt('viewer.noImages')}</Alert>}
                      >
                        <div ref={viewerTop} class="study-viewer">
                          <ViewportPanel
                            stack={ready()}
                            label={current() ? seriesLabel(current()!) : vt('viewer.title')}
                            annotations={{ store: annotations, seriesId: seriesId() }}
                            onController={setController}
                          />
                          <AnnotationList store={annotations} controller={controller()} onOpen={open} />
                        </div>
                      </Show>
                    )}
                  </Show>
                )}
              </Show>
            </Show>
          </Show>
        )}
      </Show>
    </>
  );
}
