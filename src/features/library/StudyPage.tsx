import { A, useParams } from '@solidjs/router';
import { createEffect, createResource, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { catalogDamageNotice, dateLabel, readSeries, readStudies, type DamagedNotice } from '../../catalog';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { formatBytes } from '../../ui/format';
import { t, type MessageKey } from '../../ui/i18n/catalog';
import { PageHeader } from '../../ui/PageHeader';
import { StudySharesPanel } from '../specialists';
import { useViewerServices, type DecoderHandle } from '../viewer';
import { DamagedRecords } from './DamagedRecords';
import { drawSeriesThumbnail, THUMBNAIL_SIZE } from './thumbnails';

/** The study with its series; a damaged study row or series row is named, never fatal to the page. */
async function loadStudy(id: string) {
  const studies = await readStudies();
  const study = studies.items.find((s) => s.id === id);
  const damagedStudy = studies.damaged.filter((s) => s.id === id).map((row) => catalogDamageNotice(row));
  if (!study) return damagedStudy.length ? { study: null, series: [], damaged: damagedStudy } : null;
  const series = await readSeries(id);
  const name = study.value.info.description || undefined;
  return {
    study: study.value,
    series: series.items.sort(
      (a, b) => (a.value.info.number ?? Infinity) - (b.value.info.number ?? Infinity),
    ),
    damaged: series.damaged.map((row) => catalogDamageNotice(row, name)),
  };
}

/** One study: its facts and its series with counts and flags. */
export function StudyPage() {
  const params = useParams<{ id: string }>();
  const [data] = createResource(() => params.id, loadStudy);
  const services = useViewerServices();
  const canvases = new Map<string, HTMLCanvasElement>();
  // Damaged image rows come to light as each series is listed for its thumbnail.
  const [damagedImages, setDamagedImages] = createSignal<DamagedNotice[]>([]);
  let decoder: DecoderHandle | null = null;
  let disposed = false;
  onCleanup(() => {
    disposed = true;
    decoder?.terminate();
  });
  // Thumbnails one series at a time: each reads and decodes one original, so memory stays small.
  createEffect(
    on(data, async (d) => {
      if (!d?.study) return;
      decoder ??= services.startDecoder();
      setDamagedImages([]);
      for (const s of d.series) {
        const canvas = canvases.get(s.id);
        if (!canvas || disposed) continue;
        const problem = await drawSeriesThumbnail(services.data, decoder, s.id, canvas).catch((e: unknown) =>
          errorMessage(e),
        );
        const name = s.value.info.description || s.value.info.modality || undefined;
        const damaged = services.data.damagedInstancesOf?.(s.id) ?? [];
        if (damaged.length)
          setDamagedImages((all) => [...all, ...damaged.map((row) => catalogDamageNotice(row, name))]);
        canvas.dataset['state'] = problem ? 'failed' : 'drawn';
        if (problem) canvas.title = problem;
      }
    }),
  );
  return (
    <section class="page" aria-labelledby="page-title">
      <Show when={data.error}>
        <Alert tone="error">{errorMessage(data.error)}</Alert>
      </Show>
      <Show when={!data.loading}>
        <Show
          when={data()}
          fallback={
            <>
              <PageHeader title={t('study.title')} />
              <p>{t('study.notFound')}</p>
            </>
          }
        >
          {(loaded) => (
            <>
              <DamagedRecords notices={[...loaded().damaged, ...damagedImages()]} />
              <Show
                when={(() => {
                  const l = loaded();
                  return l.study ? { ...l, study: l.study } : null;
                })()}
                fallback={<PageHeader title={t('study.title')} />}
              >
                {(d) => (
                  <>
                    <PageHeader
                      title={d().study.info.description || t('library.noDescription')}
                      summary={[
                        dateLabel(d().study.info.date) ?? t('library.noDate'),
                        d().study.modalities.join(', '),
                        d().study.bodyParts.join(', '),
                        d().study.info.institution,
                        formatBytes(d().study.byteSize),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                      actions={
                        <A href={`/viewer?study=${params.id}`} class="button primary">
                          {t('study.open')}
                        </A>
                      }
                    />
                    <For each={d().study.flags}>{(f) => <Alert tone="warning">{f.text}</Alert>}</For>
                    <section class="card" aria-labelledby="series-title">
                      <h2 id="series-title">{t('study.series')}</h2>
                      <ul class="series-list">
                        <For each={d().series}>
                          {(s) => (
                            <li data-testid="series-row">
                              <canvas
                                ref={(el) => canvases.set(s.id, el)}
                                class="thumbnail"
                                width={THUMBNAIL_SIZE}
                                height={THUMBNAIL_SIZE}
                                role="img"
                                aria-label={t('study.thumbnail', {
                                  series: s.value.info.description || s.value.info.modality || '',
                                })}
                              />
                              <div class="series-text">
                                <strong>
                                  {[s.value.info.number, s.value.info.description || s.value.info.modality]
                                    .filter(Boolean)
                                    .join('. ')}
                                </strong>
                                <span class="muted">
                                  {' · '}
                                  {[
                                    s.value.info.modality,
                                    s.value.info.bodyPart,
                                    t('study.images', { n: s.value.instanceCount }),
                                    formatBytes(s.value.byteSize),
                                  ]
                                    .filter(Boolean)
                                    .join(' · ')}
                                </span>
                              </div>
                              <div>
                                <For each={s.value.flags}>
                                  {(f) => (
                                    <span class="flag" title={f.text}>
                                      {t(`flag.${f.code}` as MessageKey)}
                                    </span>
                                  )}
                                </For>
                              </div>
                            </li>
                          )}
                        </For>
                      </ul>
                    </section>
                    <StudySharesPanel
                      studyId={params.id}
                      studyInstanceUid={d().study.info.studyInstanceUid ?? ''}
                    />
                    <A href="/">{t('study.back')}</A>
                  </>
                )}
              </Show>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
