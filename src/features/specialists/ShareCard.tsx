import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import {
  isIsoDate,
  shareFromRecord,
  shareStage,
  toIsoDate,
  type ShareRecord,
  type Specialist,
} from '../../domain/records';
import { readReceipt, receiptMismatch } from '../../domain/verify';
import { Alert } from '../../ui/Alert';
import { downloadBlob } from '../../ui/download';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { TextField } from '../../ui/TextField';
import { todayIso } from '../../ui/todayIso';
import { attachDocument, openDocument, type StoredShare } from './sharesData';
import { channelLabel, STAGE_LABEL } from './shareLabels';
import { TextAreaField } from '../../ui/TextAreaField';

/** A receipt this app writes is a few hundred KB at most; a larger attachment is kept but not read. */
const RECEIPT_TEXT_LIMIT = 8 * 1024 * 1024;

export interface ShareCardProps {
  readonly share: StoredShare;
  readonly specialist: Specialist | undefined;
  readonly studyIds: ReadonlySet<string>;
  readonly onSave: (share: StoredShare, change: string) => Promise<void>;
  readonly onDelete: (share: StoredShare) => Promise<void>;
}

/** One package sent: what, when, how, its fingerprint, and each step after: acknowledged, verified, opinion. */
export function ShareCard(props: ShareCardProps) {
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [ackDate, setAckDate] = createSignal(todayIso());
  const [receiptDate, setReceiptDate] = createSignal(todayIso());
  const [receiptResult, setReceiptResult] = createSignal<'ok' | 'problems'>('ok');
  const [opinionDate, setOpinionDate] = createSignal(todayIso());
  const [opinionSummary, setOpinionSummary] = createSignal('');
  let receiptFile: HTMLInputElement | undefined;
  let opinionFile: HTMLInputElement | undefined;
  const v = () => props.share.value;
  const stage = () => shareStage(shareFromRecord(props.share.id, v()));
  const id = `share-${props.share.id}`;

  const update = async (change: string, make: () => Promise<Partial<ShareRecord>> | Partial<ShareRecord>) => {
    setFailure(null);
    setBusy(true);
    try {
      const patch = await make();
      await props.onSave({ id: props.share.id, value: { ...v(), ...patch } }, change);
    } catch (error) {
      setFailure(t('records.error.save', { reason: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };
  /**
   * A receipt marks the share verified only when it is about this package: one that names another
   * fingerprint (the recipient checked a different copy) is refused, and one whose verdict is not valid
   * records problems whatever was chosen.
   */
  const saveReceipt = async () => {
    const file = receiptFile?.files?.[0];
    const reading = file && file.size <= RECEIPT_TEXT_LIMIT ? readReceipt(await file.text()) : {};
    const mismatch = receiptMismatch(reading, v().fingerprint);
    if (mismatch) {
      setFailure(mismatch);
      return;
    }
    const result = reading.valid === false ? 'problems' : receiptResult();
    await update('verified by receipt', async () => {
      const documentRef = file ? await attachDocument(file) : null;
      return {
        verifiedByReceipt: result === 'ok',
        receipt: { date: receiptDate(), result, documentRef },
      };
    });
  };
  const checkDate = (d: string) => {
    if (isIsoDate(d)) return true;
    setFailure(t('records.error.date'));
    return false;
  };
  const download = async (ref: string) => {
    setFailure(null);
    try {
      const { blob, fileName } = await openDocument(ref);
      downloadBlob(blob, fileName);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  return (
    <li class="share-card" data-testid="share" data-stage={stage()}>
      <div class="records-section-head">
        <h3 id={`${id}-title`}>
          {props.specialist?.name ?? t('specialists.unknownRecipient')}
          <span class="muted"> · {toIsoDate(v().sentAt) ?? v().sentAt}</span>
        </h3>
        <span class="records-badge" data-status={stage()}>
          {t(STAGE_LABEL[stage()])}
        </span>
      </div>
      <dl class="records-facts">
        <dt>{t('specialists.share.channel')}</dt>
        <dd>{channelLabel(v().channel)}</dd>
        <Show when={v().packageName}>
          <dt>{t('specialists.share.packageName')}</dt>
          <dd>{v().packageName}</dd>
        </Show>
        <dt>{t('specialists.share.fingerprint')}</dt>
        <dd class="paths" data-testid="share-fingerprint">
          {v().fingerprint || '—'}
        </dd>
        <dt>{t('specialists.share.content')}</dt>
        <dd>
          {v().deidentified ? t('specialists.share.deidentifiedYes') : t('specialists.share.deidentifiedNo')}
          {v().recordedBy === 'hand' ? ` · ${t('specialists.share.byHand')}` : ''}
        </dd>
        <dt>{t('specialists.share.studies')}</dt>
        <dd>
          <Show when={v().studies.length > 0} fallback={'—'}>
            <ul class="share-studies">
              <For each={v().studies}>
                {(s) => {
                  const text =
                    [s.date, s.description].filter(Boolean).join(' · ') || t('specialists.share.aStudy');
                  return (
                    <li>
                      {props.studyIds.has(s.studyId) ? <A href={`/study/${s.studyId}`}>{text}</A> : text}
                    </li>
                  );
                }}
              </For>
            </ul>
          </Show>
        </dd>
        <Show when={v().acknowledged}>
          <dt>{t('specialists.share.acknowledged')}</dt>
          <dd>{v().acknowledgedDate ?? t('specialists.share.yes')}</dd>
        </Show>
        <Show
          when={
            v().receipt ??
            (v().verifiedByReceipt ? { date: '', result: 'ok' as const, documentRef: null } : null)
          }
        >
          {(r) => (
            <>
              <dt>{t('specialists.share.receipt')}</dt>
              <dd>
                {[
                  r().date,
                  r().result === 'ok' ? t('specialists.receipt.ok') : t('specialists.receipt.problems'),
                ]
                  .filter(Boolean)
                  .join(' · ')}
                <Show when={r().documentRef}>
                  {(ref) => (
                    <>
                      {' · '}
                      <button type="button" class="records-linkbutton" onClick={() => void download(ref())}>
                        {t('specialists.download.receipt')}
                      </button>
                    </>
                  )}
                </Show>
              </dd>
            </>
          )}
        </Show>
        <Show when={v().opinion}>
          {(o) => (
            <>
              <dt>{t('specialists.share.opinion')}</dt>
              <dd data-testid="share-opinion">
                {[o().receivedDate, o().summary].filter(Boolean).join(' · ')}{' '}
                <button
                  type="button"
                  class="records-linkbutton"
                  onClick={() => void download(o().documentRef)}
                >
                  {t('specialists.download.opinion')}
                </button>
              </dd>
            </>
          )}
        </Show>
        <Show when={v().notes}>
          <dt>{t('specialists.field.notes')}</dt>
          <dd class="records-pre">{v().notes}</dd>
        </Show>
      </dl>
      <Show when={failure()}>
        <Alert tone="error">{failure()}</Alert>
      </Show>
      <Show when={!v().acknowledged}>
        <details class="records-step">
          <summary>{t('specialists.step.acknowledge')}</summary>
          <div class="records-inline-form">
            <TextField
              label={t('specialists.step.ackDate')}
              value={ackDate()}
              onInput={(e) => setAckDate(e.currentTarget.value.trim())}
            />
            <button
              type="button"
              class="button"
              disabled={busy()}
              onClick={() =>
                checkDate(ackDate()) &&
                void update('acknowledged', () => ({ acknowledged: true, acknowledgedDate: ackDate() }))
              }
            >
              {t('specialists.step.saveAck')}
            </button>
          </div>
        </details>
      </Show>
      <Show when={!v().receipt && !v().verifiedByReceipt}>
        <details class="records-step">
          <summary>{t('specialists.step.receipt')}</summary>
          <p class="muted">{t('specialists.step.receiptHelp')}</p>
          <div class="records-form-grid">
            <TextField
              label={t('specialists.step.receiptDate')}
              value={receiptDate()}
              onInput={(e) => setReceiptDate(e.currentTarget.value.trim())}
            />
            <div class="field">
              <label for={`${id}-result`}>{t('specialists.step.receiptResult')}</label>
              <select
                id={`${id}-result`}
                value={receiptResult()}
                onChange={(e) => setReceiptResult(e.currentTarget.value === 'problems' ? 'problems' : 'ok')}
              >
                <option value="ok">{t('specialists.receipt.ok')}</option>
                <option value="problems">{t('specialists.receipt.problems')}</option>
              </select>
            </div>
            <div class="field">
              <label for={`${id}-receipt-file`}>{t('specialists.step.receiptFile')}</label>
              <input id={`${id}-receipt-file`} type="file" ref={receiptFile} />
            </div>
          </div>
          <button
            type="button"
            class="button"
            disabled={busy()}
            onClick={() => checkDate(receiptDate()) && void saveReceipt()}
          >
            {t('specialists.step.saveReceipt')}
          </button>
        </details>
      </Show>
      <Show when={!v().opinion}>
        <details class="records-step">
          <summary>{t('specialists.step.opinion')}</summary>
          <div class="records-form-grid">
            <TextField
              label={t('specialists.step.opinionDate')}
              value={opinionDate()}
              onInput={(e) => setOpinionDate(e.currentTarget.value.trim())}
            />
            <div class="field">
              <label for={`${id}-opinion-file`}>{t('specialists.step.opinionFile')}</label>
              <input id={`${id}-opinion-file`} type="file" ref={opinionFile} data-testid="opinion-file" />
            </div>
            <TextAreaField
              id={`${id}-opinion-summary`}
              label={t('specialists.step.opinionSummary')}
              wide
              rows={3}
              value={opinionSummary()}
              onInput={(e) => setOpinionSummary(e.currentTarget.value)}
            />
          </div>
          <button
            type="button"
            class="button primary"
            disabled={busy()}
            onClick={() => {
              const file = opinionFile?.files?.[0];
              if (!file) return setFailure(t('specialists.error.opinionFile'));
              if (!checkDate(opinionDate())) return;
              void update('opinion received', async () => ({
                opinion: {
                  receivedDate: opinionDate(),
                  documentRef: await attachDocument(file),
                  summary: opinionSummary().trim(),
                },
              }));
            }}
          >
            {t('specialists.step.saveOpinion')}
          </button>
        </details>
      </Show>
      <div class="button-row">
        <button
          type="button"
          class="button"
          onClick={() => {
            if (confirm(t('specialists.confirmDeleteShare')))
              void props.onDelete(props.share).catch((e: unknown) => setFailure(errorMessage(e)));
          }}
        >
          {t('specialists.deleteShare')}
        </button>
      </div>
    </li>
  );
}
