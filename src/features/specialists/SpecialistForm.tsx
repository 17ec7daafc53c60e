import { createSignal } from 'solid-js';
import type { Specialist } from '../../domain/records';
import { FormActions } from '../../ui/FormActions';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { TextField } from '../../ui/TextField';
import { TextAreaField } from '../../ui/TextAreaField';

export interface SpecialistFormProps {
  readonly specialist: Specialist;
  readonly onSave: (s: Specialist) => Promise<void>;
  readonly onCancel: () => void;
}

/** Adds or edits a specialist of the directory. */
export function SpecialistForm(props: SpecialistFormProps) {
  const [s, setS] = createSignal<Specialist>(props.specialist);
  const [nameError, setNameError] = createSignal<string | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const set = (key: keyof Specialist, value: string) => setS((x) => ({ ...x, [key]: value }));
  const id = `specialist-${props.specialist.id}`;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!s().name.trim()) return setNameError(t('specialists.error.name'));
    setNameError(null);
    try {
      await props.onSave({ ...s(), name: s().name.trim() });
    } catch (error) {
      setFailure(t('records.error.save', { reason: errorMessage(error) }));
    }
  };
  return (
    <form class="records-form" onSubmit={(e) => void submit(e)} novalidate data-testid="specialist-form">
      <div class="records-form-grid">
        <TextField
          label={t('specialists.field.name')}
          error={nameError()}
          value={s().name}
          onInput={(e) => set('name', e.currentTarget.value)}
        />
        <TextField
          label={t('specialists.field.specialty')}
          value={s().specialty}
          onInput={(e) => set('specialty', e.currentTarget.value)}
        />
        <TextField
          label={t('specialists.field.institution')}
          value={s().institution}
          onInput={(e) => set('institution', e.currentTarget.value)}
        />
        <TextField
          label={t('specialists.field.country')}
          value={s().country}
          onInput={(e) => set('country', e.currentTarget.value)}
        />
        <TextField
          label={t('specialists.field.contact')}
          value={s().contact}
          onInput={(e) => set('contact', e.currentTarget.value)}
        />
        <TextAreaField
          id={`${id}-notes`}
          label={t('specialists.field.notes')}
          wide
          rows={2}
          value={s().notes}
          onInput={(e) => set('notes', e.currentTarget.value)}
        />
      </div>
      <FormActions
        failure={failure()}
        saveLabel={t('specialists.saveSpecialist')}
        cancelLabel={t('records.cancel')}
        onCancel={() => props.onCancel()}
      />
    </form>
  );
}
