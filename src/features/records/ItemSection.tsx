import { createSignal, For, Show } from 'solid-js';
import {
  entryFor,
  itemKey,
  REVIEW_STATES,
  type AuditFlag,
  type Checklist,
  type RecordItemKind,
  type ReviewState,
} from '../../domain/records';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t, type MessageKey } from '../../ui/i18n/catalog';
import { ItemForm } from './ItemForm';
import { itemSummary } from './itemSummary';
import type { RecordItem } from './recordsData';
import { useRecords } from './recordsState';
import { TextAreaField } from '../../ui/TextAreaField';

export const STATE_LABEL: Record<ReviewState, MessageKey> = {
  'not-reviewed': 'records.review.notReviewed',
  correct: 'records.review.correct',
  'error-found': 'records.review.errorFound',
  'correction-requested': 'records.review.requested',
  corrected: 'records.review.corrected',
};

const HEADING: Record<RecordItemKind, MessageKey> = {
  allergy: 'records.section.allergies',
  medication: 'records.section.medications',
  problem: 'records.section.problems',
  note: 'records.section.notes',
};

const ADD: Record<RecordItemKind, MessageKey> = {
  allergy: 'records.add.allergy',
  medication: 'records.add.medication',
  problem: 'records.add.problem',
  note: 'records.add.note',
};

export interface ItemSectionProps {
  readonly kind: RecordItemKind;
  readonly items: readonly RecordItem[];
  readonly checklist: Checklist;
  readonly flags: readonly AuditFlag[];
}

/** One part of the record (allergies, medications...): its items, their review state, add and edit. */
export function ItemSection(props: ItemSectionProps) {
  const records = useRecords();
  const [editing, setEditing] = createSignal<RecordItem | 'new' | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const headingId = `section-${props.kind}`;
  const run = async (work: () => Promise<void>) => {
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(t('records.error.save', { reason: errorMessage(error) }));
    }
  };
  const save = async (item: RecordItem) => {
    await records.saveItem(props.kind, item);
    setEditing(null);
  };

  return (
    <section class="card records-section" aria-labelledby={headingId} data-testid={`section-${props.kind}`}>
      <div class="records-section-head">
        <h2 id={headingId}>
          {t(HEADING[props.kind])} <span class="muted">({props.items.length})</span>
        </h2>
        <button type="button" class="button" onClick={() => setEditing('new')}>
          {t(ADD[props.kind])}
        </button>
      </div>
      <Show when={failure()}>
        <Alert tone="error">{failure()}</Alert>
      </Show>
      <Show when={editing() === 'new'}>
        <ItemForm kind={props.kind} item={null} onSave={save} onCancel={() => setEditing(null)} />
      </Show>
      <Show when={props.items.length === 0 && editing() !== 'new'}>
        <p class="muted">{t('records.section.empty')}</p>
      </Show>
      <ul class="records-items">
        <For each={props.items}>
          {(item) => {
            const ref = { kind: props.kind, id: item.id };
            const entry = () => entryFor(props.checklist, ref);
            const flags = () => props.flags.filter((f) => itemKey(f.item) === itemKey(ref));
            const summary = () => itemSummary(props.kind, item);
            const stateId = `review-${props.kind}-${item.id}`;
            return (
              <li class="records-item" data-state={entry().state} data-testid="record-item">
                <Show
                  when={editing() === item}
                  fallback={
                    <>
                      <div class="records-item-main">
                        <strong class="records-item-title">{summary().title}</strong>
                        <span class="muted records-item-details">{summary().details}</span>
                        <Show when={item.source.kind === 'fhir'}>
                          <span class="records-source">
                            {t('records.source.fhir', { label: item.source.label ?? '' })}
                          </span>
                        </Show>
                        <Show when={props.kind === 'note'}>
                          <details class="records-note-text">
                            <summary>{t('records.note.show')}</summary>
                            <p>{'text' in item ? item.text : ''}</p>
                          </details>
                        </Show>
                        <For each={flags()}>{(f) => <p class="records-flag">{f.message}</p>}</For>
                      </div>
                      <div class="records-review">
                        <div class="field">
                          <label for={stateId}>{t('records.review.label')}</label>
                          <select
                            id={stateId}
                            value={entry().state}
                            onChange={(e) =>
                              void run(() => records.setReview(ref, e.currentTarget.value as ReviewState))
                            }
                          >
                            <For each={REVIEW_STATES}>
                              {(s) => <option value={s}>{t(STATE_LABEL[s])}</option>}
                            </For>
                          </select>
                        </div>
                        <TextAreaField
                          id={`${stateId}-note`}
                          label={t('records.review.note')}
                          rows={2}
                          value={entry().note}
                          placeholder={t('records.review.notePlaceholder')}
                          onChange={(e) =>
                            void run(() => records.setReview(ref, entry().state, e.currentTarget.value))
                          }
                        />
                        <div class="records-item-actions">
                          <button type="button" class="button" onClick={() => setEditing(item)}>
                            {t('records.edit')}
                            <span class="records-sr"> {summary().title}</span>
                          </button>
                          <button
                            type="button"
                            class="button"
                            onClick={() => {
                              if (confirm(t('records.confirmDelete', { name: summary().title })))
                                void run(() => records.deleteItem(props.kind, item));
                            }}
                          >
                            {t('records.delete')}
                            <span class="records-sr"> {summary().title}</span>
                          </button>
                        </div>
                      </div>
                    </>
                  }
                >
                  <ItemForm kind={props.kind} item={item} onSave={save} onCancel={() => setEditing(null)} />
                </Show>
              </li>
            );
          }}
        </For>
      </ul>
    </section>
  );
}
