import { createSignal, For, Show } from 'solid-js';
import {
  isIsoDate,
  SHARE_CHANNELS,
  studyDateToIso,
  type ShareRecord,
  type Specialist,
} from '../../domain/records';
import { FormActions } from '../../ui/FormActions';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { TextField } from '../../ui/TextField';
import { dateLabel, type StudyFacts } from '../../catalog';
import { todayIso } from '../../ui/todayIso';
import type { StoredShare } from './sharesData';
import { channelLabel } from './shareLabels';
import { TextAreaField } from '../../ui/TextAreaField';

export interface ShareFormProps {
  readonly specialists: readonly Specialist[];
  readonly studies: readonly StudyFacts[];
  readonly onSave: (share: StoredShare) => Promise<void>;
  readonly onCancel: () => void;
}

/** Records by hand a package sent some other way than the Packages screen (a disc by post, a USB stick). */
export function ShareForm(props: ShareFormProps) {
  const [specialistId, setSpecialistId] = createSignal(props.specialists[0]?.id ?? '');
  const [date, setDate] = createSignal(todayIso());
  const [channel, setChannel] = createSignal('disc');
  const [packageName, setPackageName] = createSignal('');
  const [fingerprint, setFingerprint] = createSignal('');
  const [deidentified, setDeidentified] = createSignal(false);
  const [chosen, setChosen] = createSignal<ReadonlySet<string>>(new Set());
  const [notes, setNotes] = createSignal('');
  const [failure, setFailure] = createSignal<string | null>(null);
  const dateError = () => (isIsoDate(date()) ? null : t('records.error.date'));
  const fingerprintError = () => {
    const f = fingerprint().trim().replace(/[\s-]/g, '');
    return f === '' || /^[0-9a-f]{64}$/i.test(f) ? null : t('specialists.error.fingerprint');
  };
  const toggle = (id: string, on: boolean) =>
    setChosen((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!specialistId()) return setFailure(t('specialists.error.noSpecialist'));
    if (dateError() || fingerprintError()) return;
    const id = crypto.randomUUID();
    const value: ShareRecord = {
      packageId: id,
      specialistId: specialistId(),
      studies: props.studies
        .filter((s) => chosen().has(s.id))
        .map((s) => ({
          studyId: s.id,
          description:
            s.description || [s.modalities.join(', '), s.bodyParts.join(', ')].filter(Boolean).join(' '),
          date: studyDateToIso(s.date),
          ...(s.studyUid ? { studyInstanceUid: s.studyUid } : {}),
        })),
      sentAt: date(),
      channel: channel(),
      fingerprint: fingerprint().trim().replace(/[\s-]/g, '').toLowerCase(),
      packageName: packageName().trim(),
      deidentified: deidentified(),
      acknowledged: false,
      verifiedByReceipt: false,
      recordedBy: 'hand',
      notes: notes().trim(),
    };
    try {
      await props.onSave({ id, value });
    } catch (error) {
      setFailure(t('records.error.save', { reason: errorMessage(error) }));
    }
  };

  return (
    <form class="records-form" onSubmit={(e) => void submit(e)} novalidate data-testid="share-form">
      <div class="records-form-grid">
        <div class="field">
          <label for="share-specialist">{t('specialists.share.recipient')}</label>
          <select
            id="share-specialist"
            value={specialistId()}
            onChange={(e) => setSpecialistId(e.currentTarget.value)}
          >
            <For each={props.specialists}>{(s) => <option value={s.id}>{s.name}</option>}</For>
          </select>
        </div>
        <TextField
          label={t('specialists.share.sentDate')}
          hint={t('records.hint.date')}
          error={dateError()}
          value={date()}
          onInput={(e) => setDate(e.currentTarget.value.trim())}
        />
        <div class="field">
          <label for="share-channel">{t('specialists.share.channel')}</label>
          <select id="share-channel" value={channel()} onChange={(e) => setChannel(e.currentTarget.value)}>
            <For each={SHARE_CHANNELS}>{(c) => <option value={c}>{channelLabel(c)}</option>}</For>
          </select>
        </div>
        <TextField
          label={t('specialists.share.packageName')}
          value={packageName()}
          onInput={(e) => setPackageName(e.currentTarget.value)}
        />
        <TextField
          label={t('specialists.share.fingerprint')}
          hint={t('specialists.share.fingerprintHint')}
          error={fingerprintError()}
          class="mono"
          value={fingerprint()}
          onInput={(e) => setFingerprint(e.currentTarget.value)}
        />
      </div>
      <label class="records-check">
        <input
          type="checkbox"
          checked={deidentified()}
          onChange={(e) => setDeidentified(e.currentTarget.checked)}
        />
        {t('specialists.share.deidentified')}
      </label>
      <fieldset class="records-fieldset">
        <legend>{t('specialists.share.studies')}</legend>
        <Show
          when={props.studies.length > 0}
          fallback={<p class="muted">{t('specialists.share.noStudies')}</p>}
        >
          <For each={props.studies}>
            {(s) => (
              <label class="records-check">
                <input
                  type="checkbox"
                  checked={chosen().has(s.id)}
                  onChange={(e) => toggle(s.id, e.currentTarget.checked)}
                />
                {[dateLabel(s.date) ?? t('records.scan.noDate'), s.modalities.join(', '), s.description]
                  .filter(Boolean)
                  .join(' · ')}
              </label>
            )}
          </For>
        </Show>
      </fieldset>
      <TextAreaField
        id="share-notes"
        label={t('specialists.field.notes')}
        rows={2}
        value={notes()}
        onInput={(e) => setNotes(e.currentTarget.value)}
      />
      <FormActions
        failure={failure()}
        saveLabel={t('specialists.share.save')}
        cancelLabel={t('records.cancel')}
        onCancel={() => props.onCancel()}
      />
    </form>
  );
}
