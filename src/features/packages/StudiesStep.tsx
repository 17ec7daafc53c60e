import { createEffect, For, Show } from 'solid-js';
import { Alert } from '../../ui/Alert';
import { formatBytes } from '../../ui/format';
import { t, type MessageKey } from '../../ui/i18n/catalog';
import {
  chosenStudies,
  selectionWarnings,
  seriesName,
  studyName,
  toggleSeries,
  toggleStudy,
  type Draft,
} from './wizardModel';
import { dateLabel, patientName, type CatalogPatient, type CatalogStudy } from '../../catalog';

function StudyChoice(props: { study: CatalogStudy; draft: Draft; onChange: (d: Draft) => void }) {
  const chosen = () => props.draft.selection.get(props.study.id);
  const all = () => (chosen()?.size ?? 0) === props.study.series.length;
  const some = () => (chosen()?.size ?? 0) > 0 && !all();
  const info = () => props.study.study;
  let box: HTMLInputElement | undefined;
  createEffect(() => {
    if (box) box.indeterminate = some();
  });
  return (
    <li class="study-choice" data-testid="export-study">
      <label class="check">
        <input
          type="checkbox"
          checked={all()}
          ref={box}
          onChange={(e) => props.onChange(toggleStudy(props.draft, props.study, e.currentTarget.checked))}
        />
        <span>
          <strong>{studyName(props.study) || t('library.noDescription')}</strong>
          <span class="muted">
            {' · '}
            {[
              dateLabel(info().info.date) ?? t('library.noDate'),
              info().modalities.join(', '),
              t('packages.studies.counts', { series: info().seriesCount, images: info().instanceCount }),
              formatBytes(info().byteSize),
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </span>
      </label>
      <details class="series-choice">
        <summary>{t('packages.studies.chooseSeries')}</summary>
        <ul>
          <For each={props.study.series}>
            {(s) => (
              <li>
                <label class="check">
                  <input
                    type="checkbox"
                    checked={chosen()?.has(s.id) ?? false}
                    onChange={(e) => props.onChange(toggleSeries(props.draft, s, e.currentTarget.checked))}
                  />
                  <span>
                    {seriesName(s) || t('packages.studies.unnamedSeries')}
                    <span class="muted">
                      {' · '}
                      {t('study.images', { n: s.series.instanceCount })}
                    </span>
                    <For each={s.series.flags}>
                      {(f) => (
                        <span class="flag" title={f.text}>
                          {t(`flag.${f.code}` as MessageKey)}
                        </span>
                      )}
                    </For>
                  </span>
                </label>
              </li>
            )}
          </For>
        </ul>
      </details>
    </li>
  );
}

/** Step 1: whole studies by default, single series on request, with warnings about what is chosen. */
export function StudiesStep(props: {
  catalog: readonly CatalogPatient[];
  draft: Draft;
  onChange: (d: Draft) => void;
}) {
  const warnings = () => selectionWarnings(chosenStudies(props.catalog, props.draft));
  return (
    <>
      <p>{t('packages.studies.intro')}</p>
      <Show when={props.catalog.length > 0} fallback={<p>{t('packages.studies.empty')}</p>}>
        <For each={props.catalog}>
          {(p) => (
            <fieldset class="patient-choice">
              <legend>{patientName(p.patient.info) ?? t('library.unnamed')}</legend>
              <ul class="choice-list">
                <For each={p.studies}>
                  {(s) => <StudyChoice study={s} draft={props.draft} onChange={props.onChange} />}
                </For>
              </ul>
            </fieldset>
          )}
        </For>
      </Show>
      <Show when={warnings().length > 0}>
        <Alert tone="warning">
          <p class="alert-title">{t('packages.studies.warning')}</p>
          <ul class="summary-list" data-testid="selection-warnings">
            <For each={warnings()}>
              {(w) => (
                <li>
                  <strong>
                    {w.study} — {w.series}:
                  </strong>{' '}
                  {w.flags.map((f) => f.text).join(' ')}
                </li>
              )}
            </For>
          </ul>
        </Alert>
      </Show>
    </>
  );
}
