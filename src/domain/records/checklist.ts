import type { CareRecord, RecordItemKind, RecordItemRef } from './careRecord';
import type { IsoDateTime } from './isoDate';

/** The patient's verdict on one item of their record. */
export type ReviewState = 'not-reviewed' | 'correct' | 'error-found' | 'correction-requested' | 'corrected';

export const REVIEW_STATES: readonly ReviewState[] = [
  'not-reviewed',
  'correct',
  'error-found',
  'correction-requested',
  'corrected',
];

export interface ChecklistEntry {
  readonly item: RecordItemRef;
  readonly state: ReviewState;
  /** The patient's words: what is wrong and what it should say. */
  readonly note: string;
  readonly updatedAt: IsoDateTime;
}

/** Entries keyed by item; an item with no entry is 'not-reviewed'. */
export type Checklist = readonly ChecklistEntry[];

export function itemKey(item: RecordItemRef): string {
  return `${item.kind}:${item.id}`;
}

export function entryFor(checklist: Checklist, item: RecordItemRef): ChecklistEntry {
  const key = itemKey(item);
  return (
    checklist.find((e) => itemKey(e.item) === key) ?? { item, state: 'not-reviewed', note: '', updatedAt: '' }
  );
}

/** A new checklist with the item's state (and optionally note) replaced; the input is left untouched. */
export function setReviewState(
  checklist: Checklist,
  item: RecordItemRef,
  state: ReviewState,
  at: IsoDateTime,
  note?: string,
): ChecklistEntry[] {
  const key = itemKey(item);
  const previous = entryFor(checklist, item);
  const next: ChecklistEntry = { item, state, note: note ?? previous.note, updatedAt: at };
  const others = checklist.filter((e) => itemKey(e.item) !== key);
  return [...others, next];
}

export type ChecklistSummary = Record<RecordItemKind, Record<ReviewState, number>>;

/** How many items of each kind are in each state, counting items of the record that have no entry. */
export function summarizeChecklist(record: CareRecord, checklist: Checklist): ChecklistSummary {
  const empty = (): Record<ReviewState, number> => ({
    'not-reviewed': 0,
    correct: 0,
    'error-found': 0,
    'correction-requested': 0,
    corrected: 0,
  });
  const summary: ChecklistSummary = {
    allergy: empty(),
    medication: empty(),
    problem: empty(),
    note: empty(),
  };
  const states = new Map(checklist.map((e) => [itemKey(e.item), e.state]));
  const count = (kind: RecordItemKind, ids: readonly { id: string }[]): void => {
    for (const { id } of ids) summary[kind][states.get(itemKey({ kind, id })) ?? 'not-reviewed'] += 1;
  };
  count('allergy', record.allergies);
  count('medication', record.medications);
  count('problem', record.problems);
  count('note', record.notes);
  return summary;
}
