import { createMemo, createSignal, For, Show } from 'solid-js';
import {
  correctionLetterHtml,
  correctionLetterText,
  correctionStatus,
  draftCorrectionItems,
  dueDate,
  itemKey,
  type CorrectionItem,
  type CorrectionLetterInput,
} from '../../domain/records';
import { Alert } from '../../ui/Alert';
import { downloadBlob } from '../../ui/download';
import { errorMessage } from '../../domain/text/errorMessage';
import { t, type MessageKey } from '../../ui/i18n/catalog';
import { TextField } from '../../ui/TextField';
import { CorrectionTracker } from './CorrectionTracker';
import { LetterView, printLetter } from './LetterView';
import type { RecordsSnapshot, StoredCorrection } from './recordsData';
import { todayIso, useRecords } from './recordsState';
import { TextAreaField } from '../../ui/TextAreaField';

export const STATUS_LABEL: Record<string, MessageKey> = {
  draft: 'records.corrections.status.draft',
  'awaiting-response': 'records.corrections.status.awaiting',
  overdue: 'records.corrections.status.overdue',
  answered: 'records.corrections.status.answered',
  confirmed: 'records.corrections.status.confirmed',
};

export interface CorrectionCardProps {
  readonly request: StoredCorrection;
  readonly snapshot: RecordsSnapshot;
  readonly open: boolean;
}

/** One correction request: the letter (edit while a draft, print, download) and its follow-up. */
export function CorrectionCard(props: CorrectionCardProps) {
  const records = useRecords();
  const [request, setRequest] = createSignal<StoredCorrection>(props.request);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const [sentDate, setSentDate] = createSignal(todayIso());
  const [preview, setPreview] = createSignal(false);
  const status = () => correctionStatus(props.request, todayIso());
  const isDraft = () => props.request.sentDate === null;
  const titleId = `correction-${props.request.id}`;

  // While a draft, the letter follows the edits on screen; once sent, it is the letter as saved.
  const current = () => (isDraft() ? request() : props.request);
  const letterInput = (): CorrectionLetterInput => ({
    patient: props.snapshot.profile,
    provider: current().provider,
    items: current().items,
    date: current().sentDate ?? todayIso(),
    legalBasis: current().legalBasis,
  });
  const html = createMemo(() => correctionLetterHtml(letterInput()));
  const fileBase = () => `correction-request-${letterInput().date}`;

  const run = async (work: () => Promise<void>, done?: string) => {
    setFailure(null);
    setNotice(null);
    try {
      await work();
      if (done) setNotice(done);
    } catch (error) {
      setFailure(t('records.error.save', { reason: errorMessage(error) }));
    }
  };
  const setProvider = (key: 'name' | 'department' | 'address', value: string) =>
    setRequest((r) => ({ ...r, provider: { ...r.provider, [key]: value } }));
  const setItem = (i: number, key: keyof CorrectionItem, value: string) =>
    setRequest((r) => ({ ...r, items: r.items.map((x, j) => (j === i ? { ...x, [key]: value } : x)) }));
  const removeItem = (i: number) => setRequest((r) => ({ ...r, items: r.items.filter((_, j) => j !== i) }));
  const addFlagged = () => {
    const present = new Set(request().items.map((x) => (x.item ? itemKey(x.item) : '')));
    const more = draftCorrectionItems(props.snapshot.record, props.snapshot.checklist).filter(
      (x) => x.item && !present.has(itemKey(x.item)),
    );
    setRequest((r) => ({ ...r, items: [...r.items, ...more] }));
  };
  const missing = () => {
    const problems: string[] = [];
    if (!request().provider.name.trim()) problems.push(t('records.corrections.needProvider'));
    if (!props.snapshot.profile.name.trim()) problems.push(t('records.corrections.needName'));
    if (request().items.length === 0) problems.push(t('records.corrections.needItems'));
    return problems;
  };

  return (
    <section class="card records-correction" aria-labelledby={titleId} data-testid="correction">
      <div class="records-section-head">
        <h2 id={titleId}>
          {t('records.corrections.title', {
            provider: props.request.provider.name || t('records.corrections.noProvider'),
          })}
        </h2>
        <span class="records-badge" data-status={status()}>
          {t(STATUS_LABEL[status()] ?? 'records.corrections.status.draft')}
        </span>
      </div>
      <p class="muted">
        {t('records.corrections.facts', {
          n: props.request.items.length,
          sent: props.request.sentDate ?? '—',
          due: props.request.sentDate
            ? dueDate(props.request.sentDate, props.request.extension !== null)
            : '—',
        })}
      </p>
      <details open={props.open || isDraft()}>
        <summary>
          {isDraft() ? t('records.corrections.editLetter') : t('records.corrections.showLetter')}
        </summary>
        <Show when={isDraft()}>
          <div class="records-form-grid">
            <TextField
              label={t('records.corrections.providerName')}
              value={request().provider.name}
              onInput={(e) => setProvider('name', e.currentTarget.value)}
            />
            <TextField
              label={t('records.corrections.department')}
              value={request().provider.department}
              onInput={(e) => setProvider('department', e.currentTarget.value)}
            />
            <TextAreaField
              id={`${titleId}-address`}
              label={t('records.corrections.providerAddress')}
              wide
              rows={3}
              value={request().provider.address}
              onInput={(e) => setProvider('address', e.currentTarget.value)}
            />
            <div class="field">
              <label for={`${titleId}-basis`}>{t('records.corrections.basis')}</label>
              <select
                id={`${titleId}-basis`}
                value={request().legalBasis}
                onChange={(e) =>
                  setRequest((r) => ({
                    ...r,
                    legalBasis: e.currentTarget.value === 'general' ? 'general' : 'hipaa',
                  }))
                }
              >
                <option value="hipaa">{t('records.corrections.basisHipaa')}</option>
                <option value="general">{t('records.corrections.basisGeneral')}</option>
              </select>
            </div>
          </div>
          <h3>{t('records.corrections.items')}</h3>
          <ol class="records-letter-items">
            <For each={request().items}>
              {(item, i) => (
                <li>
                  <p>
                    <strong>{item.section}</strong>
                  </p>
                  <p class="muted">{t('records.corrections.recorded', { text: item.recorded })}</p>
                  <TextAreaField
                    id={`${titleId}-req-${i()}`}
                    label={t('records.corrections.requested')}
                    rows={3}
                    value={item.requested}
                    onInput={(e) => setItem(i(), 'requested', e.currentTarget.value)}
                  />
                  <TextAreaField
                    id={`${titleId}-why-${i()}`}
                    label={t('records.corrections.reason')}
                    rows={3}
                    value={item.reason}
                    onInput={(e) => setItem(i(), 'reason', e.currentTarget.value)}
                  />
                  <button type="button" class="button" onClick={() => removeItem(i())}>
                    {t('records.corrections.removeItem')}
                  </button>
                </li>
              )}
            </For>
          </ol>
          <div class="button-row">
            <button type="button" class="button" onClick={addFlagged}>
              {t('records.corrections.addFlagged')}
            </button>
            <button
              type="button"
              class="button primary"
              onClick={() =>
                void run(() => records.saveCorrection(request()), t('records.corrections.savedDraft'))
              }
            >
              {t('records.corrections.saveDraft')}
            </button>
          </div>
        </Show>
        <Show when={missing().length > 0}>
          <Alert tone="warning">{missing().join(' ')}</Alert>
        </Show>
        <div class="button-row">
          <button
            type="button"
            class="button"
            onClick={() => setPreview(!preview())}
            aria-expanded={preview()}
          >
            {preview() ? t('records.corrections.hidePreview') : t('records.corrections.preview')}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => {
              setPreview(true);
              requestAnimationFrame(() => printLetter(`${titleId}-letter`));
            }}
          >
            {t('records.corrections.print')}
          </button>
          <button
            type="button"
            class="button"
            onClick={() =>
              downloadBlob(new Blob([html()], { type: 'text/html;charset=utf-8' }), `${fileBase()}.html`)
            }
          >
            {t('records.corrections.downloadHtml')}
          </button>
          <button
            type="button"
            class="button"
            onClick={() =>
              downloadBlob(
                new Blob([correctionLetterText(letterInput())], { type: 'text/plain;charset=utf-8' }),
                `${fileBase()}.txt`,
              )
            }
          >
            {t('records.corrections.downloadText')}
          </button>
        </div>
        <Show when={preview()}>
          <LetterView input={letterInput()} id={`${titleId}-letter`} />
        </Show>
      </details>
      <Show when={isDraft()}>
        <div class="records-inline-form">
          <TextField
            label={t('records.corrections.sentDate')}
            hint={t('records.hint.date')}
            value={sentDate()}
            onInput={(e) => setSentDate(e.currentTarget.value)}
          />
          <button
            type="button"
            class="button primary"
            disabled={!/^\d{4}-\d{2}-\d{2}$/.test(sentDate())}
            onClick={() =>
              void run(() =>
                records.saveCorrection({ ...request(), sentDate: sentDate() }, 'correction-requested'),
              )
            }
          >
            {t('records.corrections.markSent')}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => {
              if (confirm(t('records.corrections.confirmDelete')))
                void run(() => records.deleteCorrection(props.request));
            }}
          >
            {t('records.corrections.deleteDraft')}
          </button>
        </div>
      </Show>
      <Show when={!isDraft()}>
        <CorrectionTracker request={props.request} onFailure={setFailure} />
      </Show>
      <Show when={notice()}>
        <Alert tone="success">{notice()}</Alert>
      </Show>
      <Show when={failure()}>
        <Alert tone="error">{failure()}</Alert>
      </Show>
    </section>
  );
}
