import { createResource, For, Show } from 'solid-js';
import type { DeidOptions } from '../../domain/deid';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t, type MessageKey } from '../../ui/i18n/catalog';
import { burnedInSeries } from './burnedInSeries';
import { loadInstances } from '../../catalog';
import type { ChosenStudy, Draft } from './wizardModel';

const OPTIONS: readonly (keyof DeidOptions)[] = [
  'retainLongitudinalFullDates',
  'retainPatientCharacteristics',
  'retainDeviceIdentity',
  'retainInstitutionIdentity',
  'retainUids',
  'cleanDescriptors',
];

/** Step 4: de-identification, off by default (a doctor needs the identified study), with its PS3.15 options. */
export function PrivacyStep(props: {
  chosen: readonly ChosenStudy[];
  draft: Draft;
  onChange: (d: Draft) => void;
}) {
  const seriesIds = () =>
    props.draft.deidentify ? props.chosen.flatMap((c) => c.series.map((s) => s.id)) : null;
  const [instances] = createResource(seriesIds, (ids) => loadInstances(ids));
  const atRisk = () => burnedInSeries(props.chosen, instances() ?? []);
  const setOption = (key: keyof DeidOptions, on: boolean) =>
    props.onChange({ ...props.draft, deidOptions: { ...props.draft.deidOptions, [key]: on } });

  return (
    <>
      <p>{t('packages.privacy.intro')}</p>
      <label class="check check-strong">
        <input
          type="checkbox"
          checked={props.draft.deidentify}
          onChange={(e) => props.onChange({ ...props.draft, deidentify: e.currentTarget.checked })}
        />
        {t('packages.privacy.deidentify')}
      </label>
      <Show when={props.draft.deidentify}>
        <fieldset class="form-group">
          <legend>{t('packages.privacy.options')}</legend>
          <p class="field-hint">{t('packages.privacy.optionsHint')}</p>
          <For each={OPTIONS}>
            {(key) => (
              <label class="check option">
                <input
                  type="checkbox"
                  checked={props.draft.deidOptions[key] ?? false}
                  onChange={(e) => setOption(key, e.currentTarget.checked)}
                />
                <span>
                  <strong>{t(`packages.privacy.option.${key}` as MessageKey)}</strong>
                  <span class="muted option-hint">
                    {t(`packages.privacy.option.${key}.hint` as MessageKey)}
                  </span>
                </span>
              </label>
            )}
          </For>
        </fieldset>
        <Alert tone="info">{t('packages.privacy.documentsNote')}</Alert>
        <Show when={instances.error}>
          <Alert tone="error">{errorMessage(instances.error)}</Alert>
        </Show>
        <Show when={!instances.loading} fallback={<p class="muted">{t('packages.privacy.checking')}</p>}>
          <Show when={atRisk().length > 0}>
            <Alert tone="warning">
              <p class="alert-title">{t('packages.privacy.burnedIn')}</p>
              <ul class="summary-list" data-testid="burned-in-series">
                <For each={atRisk()}>
                  {(s) => (
                    <li>
                      <strong>
                        {s.study} — {s.series}:
                      </strong>{' '}
                      {s.reason}
                    </li>
                  )}
                </For>
              </ul>
            </Alert>
          </Show>
        </Show>
      </Show>
    </>
  );
}
