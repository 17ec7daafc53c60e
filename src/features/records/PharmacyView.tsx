import { createMemo, createSignal, For, Show, type JSX } from 'solid-js';
import {
  entryFor,
  parseMedicationList,
  reconcileMedications,
  type Medication,
  type RecordItemRef,
} from '../../domain/records';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import type { RecordsSnapshot } from './recordsData';
import { useRecords } from './recordsState';
import { TextAreaField } from '../../ui/TextAreaField';

/** The record's medication list against the pharmacy's, typed or pasted. */
export function PharmacyView(props: { snapshot: RecordsSnapshot }) {
  const records = useRecords();
  const [text, setText] = createSignal(props.snapshot.pharmacyText);
  const [compared, setCompared] = createSignal(props.snapshot.pharmacyText);
  const [failure, setFailure] = createSignal<string | null>(null);
  const parsed = createMemo(() => parseMedicationList(compared()));
  const result = createMemo(() =>
    reconcileMedications(props.snapshot.record.medications, parsed().medications),
  );

  const compare = async () => {
    setCompared(text());
    setFailure(null);
    try {
      await records.savePharmacyText(text());
    } catch (error) {
      setFailure(t('records.error.save', { reason: errorMessage(error) }));
    }
  };
  const flag = async (item: RecordItemRef, note: string) => {
    setFailure(null);
    try {
      const entry = entryFor(props.snapshot.checklist, item);
      await records.setReview(item, 'error-found', entry.note ? `${entry.note}\n${note}` : note);
    } catch (error) {
      setFailure(t('records.error.save', { reason: errorMessage(error) }));
    }
  };
  const flagButton = (m: Medication, note: string): JSX.Element => {
    const state = () => entryFor(props.snapshot.checklist, { kind: 'medication', id: m.id }).state;
    return (
      <Show
        when={state() === 'not-reviewed' || state() === 'correct'}
        fallback={<span class="flag">{t('records.pharmacy.flagged')}</span>}
      >
        <button
          type="button"
          class="button"
          onClick={() => void flag({ kind: 'medication', id: m.id }, note)}
        >
          {t('records.pharmacy.flag')}
          <span class="records-sr"> {m.name}</span>
        </button>
      </Show>
    );
  };

  return (
    <>
      <section class="card" aria-labelledby="pharmacy-title">
        <h2 id="pharmacy-title">{t('records.pharmacy.heading')}</h2>
        <p>{t('records.pharmacy.intro')}</p>
        <TextAreaField
          id="pharmacy-list"
          label={t('records.pharmacy.list')}
          rows={8}
          value={text()}
          placeholder={t('records.pharmacy.placeholder')}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="button" class="button primary" onClick={() => void compare()}>
          {t('records.pharmacy.compare')}
        </button>
        <Show when={failure()}>
          <Alert tone="error">{failure()}</Alert>
        </Show>
      </section>
      <Show when={compared().trim() !== ''}>
        <section class="card" aria-labelledby="pharmacy-result-title" data-testid="pharmacy-result">
          <h2 id="pharmacy-result-title">{t('records.pharmacy.result')}</h2>
          <p class="muted">
            {t('records.pharmacy.counts', {
              record: props.snapshot.record.medications.length,
              pharmacy: parsed().medications.length,
              matched: result().matched.length,
            })}
          </p>
          <Show when={parsed().skipped.length > 0}>
            <h3>{t('records.pharmacy.skipped')}</h3>
            <ul class="problem-list">
              <For each={parsed().skipped}>
                {(s) => (
                  <li>
                    <span>{t('records.pharmacy.line', { line: s.line, text: s.text })}</span>
                    <span class="reason">{s.reason}</span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <h3>{t('records.pharmacy.onlyRecord')}</h3>
          <Show
            when={result().onlyOnRecord.length > 0}
            fallback={<p class="muted">{t('records.pharmacy.none')}</p>}
          >
            <ul class="records-compare" data-testid="only-record">
              <For each={result().onlyOnRecord}>
                {(m) => (
                  <li>
                    <span>
                      <strong>{m.name}</strong> {[m.dose, m.frequency].filter(Boolean).join(' · ')}
                    </span>
                    {flagButton(m, t('records.pharmacy.noteOnlyRecord'))}
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <h3>{t('records.pharmacy.onlyPharmacy')}</h3>
          <Show
            when={result().onlyAtPharmacy.length > 0}
            fallback={<p class="muted">{t('records.pharmacy.none')}</p>}
          >
            <ul class="records-compare" data-testid="only-pharmacy">
              <For each={result().onlyAtPharmacy}>
                {(m) => (
                  <li>
                    <span>
                      <strong>{m.name}</strong> {[m.dose, m.frequency].filter(Boolean).join(' · ')}
                    </span>
                    <span class="muted">{t('records.pharmacy.fromLine', { line: m.line })}</span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <h3>{t('records.pharmacy.doseDiffers')}</h3>
          <Show
            when={result().doseDiffers.length > 0}
            fallback={<p class="muted">{t('records.pharmacy.none')}</p>}
          >
            <ul class="records-compare" data-testid="dose-differs">
              <For each={result().doseDiffers}>
                {(m) => (
                  <li>
                    <span>
                      <strong>{m.record.name}</strong>{' '}
                      {t('records.pharmacy.doses', {
                        record: m.recordStrength ?? '—',
                        pharmacy: m.pharmacyStrength ?? '—',
                      })}
                    </span>
                    {flagButton(
                      m.record,
                      t('records.pharmacy.noteDose', {
                        record: m.recordStrength ?? '—',
                        pharmacy: m.pharmacyStrength ?? '—',
                      }),
                    )}
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <Show when={result().matched.some((m) => m.notes.length > 0 || m.frequency === 'differs')}>
            <h3>{t('records.pharmacy.otherNotes')}</h3>
            <ul class="summary-list">
              <For each={result().matched.filter((m) => m.notes.length > 0 || m.frequency === 'differs')}>
                {(m) => (
                  <li>
                    <strong>{m.record.name}</strong>:{' '}
                    {[
                      ...(m.frequency === 'differs'
                        ? [
                            t('records.pharmacy.frequency', {
                              record: m.record.frequency,
                              pharmacy: m.pharmacy.frequency,
                            }),
                          ]
                        : []),
                      ...m.notes,
                    ].join(' ')}
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <Show when={result().notCompared.length > 0}>
            <p class="muted">
              {t('records.pharmacy.notCompared', {
                names: result()
                  .notCompared.map((m) => m.name)
                  .join(', '),
              })}
            </p>
          </Show>
        </section>
      </Show>
    </>
  );
}
