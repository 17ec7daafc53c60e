import { createSignal, Show } from 'solid-js';
import { dueDate, extendCorrection, isIsoDate, type CorrectionResponse } from '../../domain/records';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { TextField } from '../../ui/TextField';
import type { StoredCorrection } from './recordsData';
import { todayIso, useRecords } from './recordsState';
import { TextAreaField } from '../../ui/TextAreaField';

export interface CorrectionTrackerProps {
  readonly request: StoredCorrection;
  readonly onFailure: (message: string | null) => void;
}

/** After sending: the due date, the provider's one extension, their response and the patient's check. */
export function CorrectionTracker(props: CorrectionTrackerProps) {
  const records = useRecords();
  const [noticeDate, setNoticeDate] = createSignal(todayIso());
  const [noticeReason, setNoticeReason] = createSignal('');
  const [responseDate, setResponseDate] = createSignal(todayIso());
  const [outcome, setOutcome] = createSignal<CorrectionResponse['outcome']>('accepted');
  const [responseText, setResponseText] = createSignal('');
  const [confirmDate, setConfirmDate] = createSignal(todayIso());
  const [confirmNote, setConfirmNote] = createSignal('');
  const id = `tracker-${props.request.id}`;
  const sent = () => props.request.sentDate ?? '';

  const run = async (work: () => Promise<void>) => {
    props.onFailure(null);
    try {
      await work();
    } catch (error) {
      props.onFailure(t('records.error.save', { reason: errorMessage(error) }));
    }
  };
  const extend = () => {
    if (!isIsoDate(noticeDate())) return props.onFailure(t('records.error.date'));
    const next = extendCorrection(props.request, noticeDate(), noticeReason());
    if ('error' in next) return props.onFailure(next.error);
    void run(() => records.saveCorrection({ ...props.request, ...next }));
  };
  const respond = () => {
    if (!isIsoDate(responseDate())) return props.onFailure(t('records.error.date'));
    void run(() =>
      records.saveCorrection({
        ...props.request,
        response: { date: responseDate(), outcome: outcome(), text: responseText().trim() },
      }),
    );
  };
  const confirmFixed = () => {
    if (!isIsoDate(confirmDate())) return props.onFailure(t('records.error.date'));
    void run(() =>
      records.saveCorrection(
        { ...props.request, confirmation: { date: confirmDate(), note: confirmNote().trim() } },
        'corrected',
      ),
    );
  };

  return (
    <div class="records-tracker">
      <dl class="records-facts">
        <dt>{t('records.corrections.sentOn')}</dt>
        <dd>{sent()}</dd>
        <dt>{t('records.corrections.dueOn')}</dt>
        <dd data-testid="due-date">{dueDate(sent(), props.request.extension !== null)}</dd>
        <Show when={props.request.extension}>
          {(x) => (
            <>
              <dt>{t('records.corrections.extended')}</dt>
              <dd>
                {t('records.corrections.extendedOn', { date: x().noticeDate, reason: x().reason || '—' })}
              </dd>
            </>
          )}
        </Show>
        <Show when={props.request.response}>
          {(r) => (
            <>
              <dt>{t('records.corrections.response')}</dt>
              <dd>
                {r().date} ·{' '}
                {t(`records.corrections.outcome.${r().outcome}` as 'records.corrections.outcome.accepted')}
                {r().text ? ` · ${r().text}` : ''}
              </dd>
            </>
          )}
        </Show>
        <Show when={props.request.confirmation}>
          {(c) => (
            <>
              <dt>{t('records.corrections.confirmed')}</dt>
              <dd>
                {c().date}
                {c().note ? ` · ${c().note}` : ''}
              </dd>
            </>
          )}
        </Show>
      </dl>
      <Show when={!props.request.extension && !props.request.response}>
        <details class="records-step">
          <summary>{t('records.corrections.recordExtension')}</summary>
          <p class="muted">{t('records.corrections.extensionHelp')}</p>
          <div class="records-form-grid">
            <TextField
              label={t('records.corrections.noticeDate')}
              hint={t('records.hint.date')}
              value={noticeDate()}
              onInput={(e) => setNoticeDate(e.currentTarget.value)}
            />
            <TextField
              label={t('records.corrections.noticeReason')}
              value={noticeReason()}
              onInput={(e) => setNoticeReason(e.currentTarget.value)}
            />
          </div>
          <button type="button" class="button" onClick={extend}>
            {t('records.corrections.saveExtension')}
          </button>
        </details>
      </Show>
      <Show when={!props.request.response}>
        <details class="records-step">
          <summary>{t('records.corrections.recordResponse')}</summary>
          <div class="records-form-grid">
            <TextField
              label={t('records.corrections.responseDate')}
              hint={t('records.hint.date')}
              value={responseDate()}
              onInput={(e) => setResponseDate(e.currentTarget.value)}
            />
            <div class="field">
              <label for={`${id}-outcome`}>{t('records.corrections.outcome')}</label>
              <select
                id={`${id}-outcome`}
                value={outcome()}
                onChange={(e) => setOutcome(e.currentTarget.value as CorrectionResponse['outcome'])}
              >
                <option value="accepted">{t('records.corrections.outcome.accepted')}</option>
                <option value="partly-accepted">{t('records.corrections.outcome.partly-accepted')}</option>
                <option value="denied">{t('records.corrections.outcome.denied')}</option>
              </select>
            </div>
            <TextAreaField
              id={`${id}-text`}
              label={t('records.corrections.responseText')}
              wide
              rows={3}
              value={responseText()}
              onInput={(e) => setResponseText(e.currentTarget.value)}
            />
          </div>
          <button type="button" class="button" onClick={respond}>
            {t('records.corrections.saveResponse')}
          </button>
        </details>
      </Show>
      <Show when={props.request.response && !props.request.confirmation}>
        <details class="records-step" open>
          <summary>{t('records.corrections.recordConfirmation')}</summary>
          <p class="muted">{t('records.corrections.confirmationHelp')}</p>
          <div class="records-form-grid">
            <TextField
              label={t('records.corrections.confirmDate')}
              hint={t('records.hint.date')}
              value={confirmDate()}
              onInput={(e) => setConfirmDate(e.currentTarget.value)}
            />
            <TextField
              label={t('records.corrections.confirmNote')}
              value={confirmNote()}
              onInput={(e) => setConfirmNote(e.currentTarget.value)}
            />
          </div>
          <button type="button" class="button" onClick={confirmFixed}>
            {t('records.corrections.saveConfirmation')}
          </button>
        </details>
      </Show>
    </div>
  );
}
