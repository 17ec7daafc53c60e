import { describe, expect, it } from 'vitest';
import { flagAllergies, flagProblems } from '../../../../src/domain/records/auditFlags';
import type { Allergy, Problem } from '../../../../src/domain/records/careRecord';

const problem = (
  id: string,
  status: Problem['status'],
  lastUpdated: string | null,
  onset: string | null = null,
): Problem => ({
  id,
  condition: `Condition ${id}`,
  onset,
  status,
  lastUpdated,
  category: null,
  source: { kind: 'manual' },
});

const allergy = (over: Partial<Allergy>): Allergy => ({
  id: 'a',
  substance: 'Penicillin',
  reaction: 'hives',
  severity: 'moderate',
  status: 'active',
  lastReviewed: '2024-01-01',
  source: { kind: 'manual' },
  ...over,
});

describe('flagProblems', () => {
  const today = '2024-06-15';
  it('flags active problems not updated for more than N years (default 2)', () => {
    const flags = flagProblems(
      [
        problem('old', 'active', '2022-06-14'),
        problem('edge', 'active', '2022-06-15'),
        problem('fresh', 'active', '2023-12-01'),
        problem('resolved', 'resolved', '2001-01-01'),
        problem('partial', 'active', '2022'), // may mean 31 Dec 2022: not certainly stale
        problem('nodate', 'active', null),
        problem('onsetonly', 'active', null, '2010-03'),
      ],
      today,
    );
    expect(flags.map((f) => [f.item.id, f.code])).toEqual([
      ['old', 'problem-stale'],
      ['nodate', 'problem-date-unknown'],
      ['onsetonly', 'problem-stale'],
    ]);
    expect(flags[0]?.message).toContain('"Condition old" is still active');
  });

  it('takes N as a parameter', () => {
    const list = [problem('p', 'active', '2021-01-01')];
    expect(flagProblems(list, today, { staleYears: 5 })).toEqual([]);
    expect(flagProblems(list, today, { staleYears: 3 })).toHaveLength(1);
  });
});

describe('flagAllergies', () => {
  it('flags missing reaction or severity and old or missing reviews of active allergies', () => {
    const flags = flagAllergies(
      [
        allergy({ id: 'ok' }),
        allergy({ id: 'bare', reaction: ' ', severity: null, lastReviewed: null }),
        allergy({ id: 'old', lastReviewed: '2019-05-01' }),
        allergy({ id: 'gone', status: 'resolved', reaction: null }),
      ],
      '2024-06-15',
    );
    expect(flags.map((f) => [f.item.id, f.code])).toEqual([
      ['bare', 'allergy-no-reaction'],
      ['bare', 'allergy-no-severity'],
      ['bare', 'allergy-review-unknown'],
      ['old', 'allergy-review-overdue'],
    ]);
  });
});
