import { createSignal, For } from 'solid-js';
import { isIsoDate, type Facility, type ScanLogRow } from '../../domain/records';
import { FormActions } from '../../ui/FormActions';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { TextField } from '../../ui/TextField';
import { TextAreaField } from '../../ui/TextAreaField';

export interface ScanLogRowFormProps {
  readonly row: ScanLogRow;
  readonly facilities: readonly Facility[];
  readonly onSave: (row: ScanLogRow) => Promise<void>;
  readonly onCancel: () => void;
}

/** Edits one scan-log row: what the patient types from the report and where the disc is. */
export function ScanLogRowForm(props: ScanLogRowFormProps) {
  const [row, setRow] = createSignal<ScanLogRow>(props.row);
  const [failure, setFailure] = createSignal<string | null>(null);
  const set = <K extends keyof ScanLogRow>(key: K, value: ScanLogRow[K]) =>
    setRow((r) => ({ ...r, [key]: value }));
  const dateError = () => (row().date !== '' && !isIsoDate(row().date) ? t('records.error.date') : null);
  const id = `scan-${props.row.id}`;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (dateError()) return;
    try {
      await props.onSave(row());
    } catch (error) {
      setFailure(t('records.error.save', { reason: errorMessage(error) }));
    }
  };
  return (
    <form class="records-form" onSubmit={(e) => void submit(e)} novalidate data-testid="scan-row-form">
      <div class="records-form-grid">
        <TextField
          label={t('records.scan.date')}
          hint={t('records.hint.date')}
          error={dateError()}
          value={row().date}
          onInput={(e) => set('date', e.currentTarget.value.trim())}
        />
        <TextField
          label={t('records.scan.modality')}
          value={row().modality}
          onInput={(e) => set('modality', e.currentTarget.value)}
        />
        <TextField
          label={t('records.scan.bodyPart')}
          value={row().bodyPart}
          onInput={(e) => set('bodyPart', e.currentTarget.value)}
        />
        <TextField
          label={t('records.scan.facility')}
          value={row().facility}
          onInput={(e) => set('facility', e.currentTarget.value)}
        />
        <div class="field">
          <label for={`${id}-facility`}>{t('records.scan.facilityRules')}</label>
          <select
            id={`${id}-facility`}
            value={row().facilityId ?? ''}
            onChange={(e) => {
              const f = props.facilities.find((x) => x.id === e.currentTarget.value);
              setRow((r) => ({ ...r, facilityId: f?.id ?? null, facility: r.facility || (f?.name ?? '') }));
            }}
          >
            <option value="">{t('records.scan.noFacility')}</option>
            <For each={props.facilities}>{(f) => <option value={f.id}>{f.name}</option>}</For>
          </select>
        </div>
        <TextField
          label={t('records.scan.disc')}
          value={row().originalDiscLabel}
          onInput={(e) => set('originalDiscLabel', e.currentTarget.value)}
        />
        <TextAreaField
          id={`${id}-measure`}
          label={t('records.scan.measurements')}
          wide
          rows={2}
          value={row().keyMeasurements}
          onInput={(e) => set('keyMeasurements', e.currentTarget.value)}
        />
      </div>
      <FormActions
        failure={failure()}
        saveLabel={t('records.save')}
        cancelLabel={t('records.cancel')}
        onCancel={() => props.onCancel()}
      />
    </form>
  );
}
