import type { MinorRetentionRule } from './scanLog';

/**
 * Starting values the patient may pick from when adding a facility. They are EXAMPLES ONLY, not legal
 * facts: rules differ by country, state, facility type and over time, and the facility's own policy is what
 * counts. The UI must show the `caution` text and store a facility made from one with `confirmed: false`
 * until the patient has checked it with the facility.
 */
export interface RetentionExample {
  readonly label: string;
  readonly jurisdiction: string;
  readonly retentionYears: number;
  readonly minorRule: MinorRetentionRule | null;
  readonly caution: string;
}

const CAUTION = 'Example only — confirm with the facility; the rule that applies may differ.';

export const RETENTION_EXAMPLES: readonly RetentionExample[] = [
  {
    label: 'Example: 7 years, minors until 21 + 0',
    jurisdiction: 'Example (some US states)',
    retentionYears: 7,
    minorRule: { ageOfMajority: 21, yearsAfterMajority: 0 },
    caution: CAUTION,
  },
  {
    label: 'Example: 10 years, minors until 18 + 10',
    jurisdiction: 'Example (some European countries)',
    retentionYears: 10,
    minorRule: { ageOfMajority: 18, yearsAfterMajority: 10 },
    caution: CAUTION,
  },
  {
    label: 'Example: 5 years, no rule for minors',
    jurisdiction: 'Example',
    retentionYears: 5,
    minorRule: null,
    caution: CAUTION,
  },
];
