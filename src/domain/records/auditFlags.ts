import type { Allergy, Problem, RecordItemRef } from './careRecord';
import { addYears, dayRange } from './isoDate';
import type { IsoDate } from './isoDate';

export type AuditFlagCode =
  | 'problem-stale'
  | 'problem-date-unknown'
  | 'allergy-no-reaction'
  | 'allergy-no-severity'
  | 'allergy-review-overdue'
  | 'allergy-review-unknown';

export interface AuditFlag {
  readonly item: RecordItemRef;
  readonly code: AuditFlagCode;
  /** A sentence for the patient, naming the item. */
  readonly message: string;
}

export interface ProblemFlagOptions {
  /** Active problems not updated for this many years are flagged. Default 2. */
  readonly staleYears?: number;
}

/**
 * Active problems whose last update is more than `staleYears` before `today`: a condition left "active"
 * for years is often resolved in life but never in the record. Partial dates count by their last possible
 * day ('2019' = 31 Dec 2019) so that nothing is flagged that might not be stale.
 */
export function flagProblems(
  problems: readonly Problem[],
  today: IsoDate,
  options: ProblemFlagOptions = {},
): AuditFlag[] {
  const years = options.staleYears ?? 2;
  const cutoff = addYears(today, -years);
  const flags: AuditFlag[] = [];
  for (const p of problems) {
    if (p.status !== 'active') continue;
    const item: RecordItemRef = { kind: 'problem', id: p.id };
    const range = dayRange(p.lastUpdated) ?? dayRange(p.onset);
    if (!range) {
      flags.push({
        item,
        code: 'problem-date-unknown',
        message: `"${p.condition}" is active but the record does not say when it was last updated.`,
      });
    } else if (range.last < cutoff) {
      flags.push({
        item,
        code: 'problem-stale',
        message: `"${p.condition}" is still active but was last updated ${p.lastUpdated ?? p.onset}, more than ${years} years ago. Is it still current?`,
      });
    }
  }
  return flags;
}

export interface AllergyFlagOptions {
  /** Allergies not reviewed for this many years are flagged. Default 2. */
  readonly reviewYears?: number;
}

/** Active allergies that lack a reaction or severity (vital in an emergency) or have not been reviewed for years. */
export function flagAllergies(
  allergies: readonly Allergy[],
  today: IsoDate,
  options: AllergyFlagOptions = {},
): AuditFlag[] {
  const years = options.reviewYears ?? 2;
  const cutoff = addYears(today, -years);
  const flags: AuditFlag[] = [];
  for (const a of allergies) {
    if (a.status !== 'active') continue;
    const item: RecordItemRef = { kind: 'allergy', id: a.id };
    if (!a.reaction?.trim()) {
      flags.push({
        item,
        code: 'allergy-no-reaction',
        message: `Allergy to "${a.substance}" does not say what reaction it causes.`,
      });
    }
    if (!a.severity) {
      flags.push({
        item,
        code: 'allergy-no-severity',
        message: `Allergy to "${a.substance}" has no severity.`,
      });
    }
    const reviewed = dayRange(a.lastReviewed);
    if (!reviewed) {
      flags.push({
        item,
        code: 'allergy-review-unknown',
        message: `Allergy to "${a.substance}" has no date of last review.`,
      });
    } else if (reviewed.last < cutoff) {
      flags.push({
        item,
        code: 'allergy-review-overdue',
        message: `Allergy to "${a.substance}" was last reviewed ${a.lastReviewed}, more than ${years} years ago.`,
      });
    }
  }
  return flags;
}
