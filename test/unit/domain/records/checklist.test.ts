import { describe, expect, it } from 'vitest';
import type { CareRecord } from '../../../../src/domain/records/careRecord';
import { entryFor, setReviewState, summarizeChecklist } from '../../../../src/domain/records/checklist';

const source = { kind: 'manual' } as const;
const record: CareRecord = {
  allergies: [
    {
      id: 'a1',
      substance: 'Latex',
      reaction: null,
      severity: null,
      status: 'active',
      lastReviewed: null,
      source,
    },
  ],
  medications: [
    { id: 'm1', name: 'A', dose: '', frequency: '', prescriber: '', status: 'active', source },
    { id: 'm2', name: 'B', dose: '', frequency: '', prescriber: '', status: 'active', source },
  ],
  problems: [],
  notes: [{ id: 'n1', date: null, author: '', title: '', text: '', source }],
};

describe('checklist', () => {
  it('treats items without an entry as not reviewed', () => {
    expect(entryFor([], { kind: 'allergy', id: 'a1' }).state).toBe('not-reviewed');
  });

  it('replaces an item’s state without touching the input, keeping the note unless given', () => {
    const first = setReviewState([], { kind: 'medication', id: 'm1' }, 'error-found', 't1', 'dose is 25 mg');
    const second = setReviewState(first, { kind: 'medication', id: 'm1' }, 'correction-requested', 't2');
    expect(first).toHaveLength(1);
    expect(second).toEqual([
      {
        item: { kind: 'medication', id: 'm1' },
        state: 'correction-requested',
        note: 'dose is 25 mg',
        updatedAt: 't2',
      },
    ]);
    expect(entryFor(first, { kind: 'medication', id: 'm1' }).state).toBe('error-found');
  });

  it('counts items per kind and state', () => {
    const list = setReviewState([], { kind: 'medication', id: 'm2' }, 'corrected', 't');
    const summary = summarizeChecklist(record, list);
    expect(summary.medication).toEqual({
      'not-reviewed': 1,
      correct: 0,
      'error-found': 0,
      'correction-requested': 0,
      corrected: 1,
    });
    expect(summary.allergy['not-reviewed']).toBe(1);
    expect(summary.note['not-reviewed']).toBe(1);
    expect(summary.problem['not-reviewed']).toBe(0);
  });
});
