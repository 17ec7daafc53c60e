import { A } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import {
  axisPosition,
  buildTimeline,
  scanLogRows,
  shareFromRecord,
  stackRows,
  yearTicks,
  type TimelineGrouping,
  type TimelineMarker,
  type TimelineStudy,
} from '../../domain/records';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { listShares, listSpecialists } from '../specialists';
import type { RecordsSnapshot } from './recordsData';

const pct = (x: number) => `${(x * 100).toFixed(3)}%`;
const GAP = 0.025;

/** Every study on one time axis, a lane per body part or modality, with shares and opinions as markers. */
export function TimelineView(props: { snapshot: RecordsSnapshot }) {
  const [grouping, setGrouping] = createSignal<TimelineGrouping>('modality');
  const [sharing] = createResource(async () => {
    const [shares, specialists] = await Promise.all([listShares(), listSpecialists()]);
    return { shares: shares.map((s) => shareFromRecord(s.id, s.value)), specialists };
  });
  const rows = createMemo(() => scanLogRows(props.snapshot.studies, props.snapshot.scanLog));
  const inVault = createMemo(() => new Set(props.snapshot.studies.map((s) => s.id)));
  const descriptions = createMemo(() => new Map(props.snapshot.studies.map((s) => [s.id, s.description])));
  const studies = createMemo<TimelineStudy[]>(() =>
    rows()
      .filter((r) => r.date !== '')
      .map((r) => ({
        studyUid: r.id,
        date: r.date,
        bodyPart: r.bodyPart,
        modality: r.modality,
        description: descriptions().get(r.id) ?? '',
      })),
  );
  const undated = createMemo(() => rows().filter((r) => r.date === ''));
  const timeline = createMemo(() =>
    buildTimeline(studies(), grouping(), sharing()?.shares ?? [], sharing()?.specialists ?? []),
  );
  const markerRows = createMemo(() => {
    const range = timeline().range;
    return range
      ? stackRows(
          timeline().markers.map((m) => axisPosition(m.date, range)),
          GAP,
        )
      : [];
  });
  const markerText = (m: TimelineMarker) =>
    t(`records.timeline.marker.${m.kind}`, { who: m.specialistName, date: m.date });
  const label = (s: TimelineStudy) =>
    [s.date, s.modality, s.bodyPart, s.description].filter((x) => x && x.trim()).join(' · ');

  return (
    <section class="card" aria-labelledby="timeline-title">
      <div class="records-section-head">
        <h2 id="timeline-title">{t('records.timeline.heading')}</h2>
        <div class="field records-inline-select">
          <label for="timeline-group">{t('records.timeline.groupBy')}</label>
          <select
            id="timeline-group"
            value={grouping()}
            onChange={(e) => setGrouping(e.currentTarget.value === 'bodyPart' ? 'bodyPart' : 'modality')}
          >
            <option value="modality">{t('records.timeline.byModality')}</option>
            <option value="bodyPart">{t('records.timeline.byBodyPart')}</option>
          </select>
        </div>
      </div>
      <Show when={sharing.error}>
        <Alert tone="warning">
          {t('records.timeline.sharesFailed', { reason: errorMessage(sharing.error) })}
        </Alert>
      </Show>
      <Show when={timeline().range} fallback={<p class="muted">{t('records.timeline.empty')}</p>}>
        {(range) => (
          <div class="records-timeline" data-testid="timeline">
            <div class="records-lane records-axis" aria-hidden="true">
              <span class="records-lane-label" />
              <div class="records-track">
                <For each={yearTicks(range())}>
                  {(tick) => (
                    <span class="records-tick" style={{ left: pct(tick.position) }}>
                      {tick.year}
                    </span>
                  )}
                </For>
              </div>
            </div>
            <Show when={timeline().markers.length > 0}>
              <div class="records-lane">
                <span class="records-lane-label">{t('records.timeline.shares')}</span>
                <ul
                  class="records-track"
                  style={{ height: `${(Math.max(0, ...markerRows()) + 1) * 1.6}rem` }}
                  aria-label={t('records.timeline.shares')}
                >
                  <For each={timeline().markers}>
                    {(m, i) => (
                      <li
                        class={`records-marker records-marker-${m.kind}`}
                        data-testid={`marker-${m.kind}`}
                        style={{
                          left: pct(axisPosition(m.date, range())),
                          top: `${(markerRows()[i()] ?? 0) * 1.6}rem`,
                        }}
                      >
                        <A href="/specialists" title={markerText(m)}>
                          <span aria-hidden="true">{m.kind === 'share' ? '▲' : '◆'}</span>
                          <span class="records-sr">{markerText(m)}</span>
                        </A>
                      </li>
                    )}
                  </For>
                </ul>
              </div>
            </Show>
            <For each={timeline().lanes}>
              {(lane) => {
                const positions = () => lane.studies.map((s) => axisPosition(s.date, range()));
                const stack = () => stackRows(positions(), GAP);
                const height = () => `${(Math.max(0, ...stack()) + 1) * 1.6}rem`;
                return (
                  <div class="records-lane" data-testid="timeline-lane">
                    <span class="records-lane-label">
                      {lane.key === '' ? t('records.timeline.notRecorded') : lane.label}
                    </span>
                    <ul class="records-track" style={{ height: height() }} aria-label={lane.label}>
                      <For each={lane.studies}>
                        {(s, i) => (
                          <li
                            class="records-dot"
                            style={{
                              left: pct(positions()[i()] ?? 0),
                              top: `${(stack()[i()] ?? 0) * 1.6}rem`,
                            }}
                          >
                            <Show
                              when={inVault().has(s.studyUid)}
                              fallback={
                                <span title={label(s)} tabIndex={0} class="records-dot-paper">
                                  <span class="records-sr">{label(s)}</span>
                                </span>
                              }
                            >
                              <A href={`/study/${s.studyUid}`} title={label(s)} data-testid="timeline-study">
                                <span class="records-sr">{label(s)}</span>
                              </A>
                            </Show>
                          </li>
                        )}
                      </For>
                    </ul>
                  </div>
                );
              }}
            </For>
            <p class="muted records-legend">{t('records.timeline.legend')}</p>
          </div>
        )}
      </Show>
      <Show when={undated().length > 0}>
        <p class="muted" data-testid="timeline-undated">
          {t('records.timeline.undated', { n: undated().length })}{' '}
          <For each={undated()}>
            {(r, i) => (
              <>
                {i() > 0 ? ', ' : ''}
                <Show when={inVault().has(r.id)} fallback={r.modality}>
                  <A href={`/study/${r.id}`}>
                    {[r.modality, descriptions().get(r.id)].filter(Boolean).join(' ')}
                  </A>
                </Show>
              </>
            )}
          </For>
        </p>
      </Show>
    </section>
  );
}
