import { createSignal, For, Show } from 'solid-js';
import { RETENTION_EXAMPLES, type Facility } from '../../domain/records';
import { Alert } from '../../ui/Alert';
import { FormActions } from '../../ui/FormActions';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { TextField } from '../../ui/TextField';

export interface FacilityFormProps {
  readonly facility: Facility;
  readonly onSave: (f: Facility) => Promise<void>;
  readonly onCancel: () => void;
}

/** A facility with its jurisdiction and retention rule; may start from a clearly labelled example. */
export function FacilityForm(props: FacilityFormProps) {
  const [f, setF] = createSignal<Facility>(props.facility);
  const [years, setYears] = createSignal(props.facility.retentionYears?.toString() ?? '');
  const [failure, setFailure] = createSignal<string | null>(null);
  const [caution, setCaution] = createSignal<string | null>(null);
  const id = `facility-${props.facility.id}`;
  const yearsError = () =>
    years().trim() !== '' && !/^\d{1,3}$/.test(years().trim()) ? t('records.retention.yearsError') : null;

  const useExample = (index: string) => {
    const ex = RETENTION_EXAMPLES[Number(index)];
    if (!ex) return;
    setF((x) => ({ ...x, jurisdiction: ex.jurisdiction, minorRule: ex.minorRule, confirmed: false }));
    setYears(String(ex.retentionYears));
    setCaution(ex.caution);
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (yearsError()) return;
    if (!f().name.trim()) return setFailure(t('records.retention.nameNeeded'));
    try {
      await props.onSave({
        ...f(),
        name: f().name.trim(),
        retentionYears: years().trim() === '' ? null : Number(years()),
      });
    } catch (error) {
      setFailure(t('records.error.save', { reason: errorMessage(error) }));
    }
  };

  return (
    <form class="records-form" onSubmit={(e) => void submit(e)} novalidate data-testid="facility-form">
      <div class="field">
        <label for={`${id}-example`}>{t('records.retention.example')}</label>
        <select id={`${id}-example`} onChange={(e) => useExample(e.currentTarget.value)}>
          <option value="">{t('records.retention.noExample')}</option>
          <For each={RETENTION_EXAMPLES}>{(ex, i) => <option value={i()}>{ex.label}</option>}</For>
        </select>
      </div>
      <Show when={caution()}>
        <Alert tone="warning">{caution()}</Alert>
      </Show>
      <div class="records-form-grid">
        <TextField
          label={t('records.retention.name')}
          value={f().name}
          onInput={(e) => setF((x) => ({ ...x, name: e.currentTarget.value }))}
        />
        <TextField
          label={t('records.retention.jurisdiction')}
          value={f().jurisdiction}
          onInput={(e) => setF((x) => ({ ...x, jurisdiction: e.currentTarget.value }))}
        />
        <TextField
          label={t('records.retention.years')}
          inputMode="numeric"
          error={yearsError()}
          value={years()}
          onInput={(e) => setYears(e.currentTarget.value)}
        />
      </div>
      <fieldset class="records-fieldset">
        <legend>{t('records.retention.minors')}</legend>
        <label class="records-check">
          <input
            type="checkbox"
            checked={f().minorRule !== null}
            onChange={(e) =>
              setF((x) => ({
                ...x,
                minorRule: e.currentTarget.checked ? { ageOfMajority: 18, yearsAfterMajority: 0 } : null,
              }))
            }
          />
          {t('records.retention.hasMinorRule')}
        </label>
        <Show when={f().minorRule}>
          {(rule) => (
            <div class="records-form-grid">
              <TextField
                label={t('records.retention.majority')}
                inputMode="numeric"
                value={String(rule().ageOfMajority)}
                onInput={(e) =>
                  setF((x) => ({
                    ...x,
                    minorRule: { ...rule(), ageOfMajority: Number(e.currentTarget.value) || 18 },
                  }))
                }
              />
              <TextField
                label={t('records.retention.after')}
                inputMode="numeric"
                value={String(rule().yearsAfterMajority)}
                onInput={(e) =>
                  setF((x) => ({
                    ...x,
                    minorRule: { ...rule(), yearsAfterMajority: Number(e.currentTarget.value) || 0 },
                  }))
                }
              />
            </div>
          )}
        </Show>
      </fieldset>
      <label class="records-check">
        <input
          type="checkbox"
          checked={f().confirmed}
          onChange={(e) => setF((x) => ({ ...x, confirmed: e.currentTarget.checked }))}
        />
        {t('records.retention.confirmed')}
      </label>
      <FormActions
        failure={failure()}
        saveLabel={t('records.save')}
        cancelLabel={t('records.cancel')}
        onCancel={() => props.onCancel()}
      />
    </form>
  );
}
