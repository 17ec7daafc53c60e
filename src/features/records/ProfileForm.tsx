import { createSignal, Show } from 'solid-js';
import { isIsoDate } from '../../domain/records';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { TextField } from '../../ui/TextField';
import type { PatientProfile } from './recordsData';
import { useRecords } from './recordsState';
import { TextAreaField } from '../../ui/TextAreaField';

/** The patient's details as they appear at the top of a correction letter. */
export function ProfileForm(props: { profile: PatientProfile }) {
  const records = useRecords();
  const [draft, setDraft] = createSignal<PatientProfile>(props.profile);
  const [message, setMessage] = createSignal<{ tone: 'success' | 'error'; text: string } | null>(null);
  const set = (key: keyof PatientProfile, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const dobError = () => {
    const v = draft().dateOfBirth ?? '';
    return v !== '' && !isIsoDate(v) ? t('records.error.date') : null;
  };
  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (dobError()) return;
    try {
      await records.saveProfile({ ...draft(), dateOfBirth: draft().dateOfBirth || null });
      setMessage({ tone: 'success', text: t('records.profile.saved') });
    } catch (error) {
      setMessage({ tone: 'error', text: t('records.error.save', { reason: errorMessage(error) }) });
    }
  };
  return (
    <form onSubmit={(e) => void save(e)} class="records-form" novalidate>
      <div class="records-form-grid">
        <TextField
          label={t('records.profile.name')}
          value={draft().name}
          onInput={(e) => set('name', e.currentTarget.value)}
        />
        <TextField
          label={t('records.profile.dob')}
          hint={t('records.hint.date')}
          error={dobError()}
          value={draft().dateOfBirth ?? ''}
          onInput={(e) => set('dateOfBirth', e.currentTarget.value)}
        />
        <TextField
          label={t('records.profile.identifier')}
          value={draft().identifier}
          onInput={(e) => set('identifier', e.currentTarget.value)}
        />
        <TextField
          label={t('records.profile.contact')}
          value={draft().contact}
          onInput={(e) => set('contact', e.currentTarget.value)}
        />
        <TextAreaField
          id="profile-address"
          label={t('records.profile.address')}
          wide
          rows={3}
          value={draft().address}
          onInput={(e) => set('address', e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="button">
        {t('records.profile.save')}
      </button>
      <Show when={message()}>{(m) => <Alert tone={m().tone}>{m().text}</Alert>}</Show>
    </form>
  );
}
