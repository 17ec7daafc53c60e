import { addMonths, addYears, ageOn, daysBetween, laterOf } from './isoDate';
import type { IsoDate } from './isoDate';
import type { Reminder } from './reminder';
import type { Facility } from './scanLog';

export interface RetentionStudy {
  /** The scan-log row or study this is about. */
  readonly id: string;
  /** '' when the study has no date: its retention cannot be worked out. */
  readonly date: IsoDate | '';
  readonly facilityId: string | null;
  readonly label: string;
}

export type RetentionResult =
  | {
      readonly id: string;
      readonly known: true;
      /** The first day the facility may destroy its copy. */
      readonly destructionDate: IsoDate;
      readonly reminderDate: IsoDate;
      readonly basis: 'adult' | 'minor';
      /** How the date was reached, in words, including "example value, not confirmed" when so. */
      readonly explanation: string;
      readonly confirmed: boolean;
    }
  | { readonly id: string; readonly known: false; readonly reason: string };

export interface RetentionOptions {
  /** The patient's birth date: needed to apply a facility's rule for minors. */
  readonly birthDate?: IsoDate | null;
  /** How long before the destruction date to remind. Default 6 months. */
  readonly reminderMonths?: number;
}

/**
 * When each study's facility may destroy its copy: study date + the facility's retention years; for a
 * patient who was a minor on the scan date and a facility with a minor rule, the later of that and
 * (birth date + age of majority + years after majority). Facilities and their values are the patient's own
 * entries; where they are unconfirmed examples the explanation says so.
 */
export function retentionDates(
  studies: readonly RetentionStudy[],
  facilities: readonly Facility[],
  options: RetentionOptions = {},
): RetentionResult[] {
  const byId = new Map(facilities.map((f) => [f.id, f]));
  const months = options.reminderMonths ?? 6;
  const birth = options.birthDate ?? null;
  return studies.map((s): RetentionResult => {
    if (s.date === '') return { id: s.id, known: false, reason: `${s.label} has no study date.` };
    const facility = s.facilityId ? byId.get(s.facilityId) : undefined;
    if (!facility) return { id: s.id, known: false, reason: `No facility is set for ${s.label}.` };
    if (facility.retentionYears === null) {
      return { id: s.id, known: false, reason: `The retention period of ${facility.name} is not set.` };
    }
    const adultDate = addYears(s.date, facility.retentionYears);
    let destructionDate = adultDate;
    let basis: 'adult' | 'minor' = 'adult';
    let explanation = `${s.date} + ${facility.retentionYears} years at ${facility.name}`;
    const rule = facility.minorRule;
    if (rule && birth && ageOn(birth, s.date) < rule.ageOfMajority) {
      const minorDate = addYears(birth, rule.ageOfMajority + rule.yearsAfterMajority);
      destructionDate = laterOf(adultDate, minorDate);
      if (destructionDate !== adultDate) {
        basis = 'minor';
        explanation = `a minor at the time of the scan: age ${rule.ageOfMajority} + ${rule.yearsAfterMajority} years at ${facility.name}`;
      }
    } else if (rule && !birth) {
      explanation += '; the facility has a rule for minors, but your birth date is not set';
    }
    if (!facility.confirmed) explanation += ' (example value, not confirmed with the facility)';
    return {
      id: s.id,
      known: true,
      destructionDate,
      reminderDate: addMonths(destructionDate, -months),
      basis,
      explanation,
      confirmed: facility.confirmed,
    };
  });
}

/** Reminders for studies whose reminder date has come (including those already past destruction). */
export function retentionReminders(results: readonly RetentionResult[], today: IsoDate): Reminder[] {
  const reminders: Reminder[] = [];
  for (const r of results) {
    if (!r.known || today < r.reminderDate) continue;
    const daysLeft = daysBetween(today, r.destructionDate);
    reminders.push({
      kind: 'retention',
      refId: r.id,
      date: r.destructionDate,
      daysLeft,
      overdue: daysLeft < 0,
      message:
        daysLeft < 0
          ? `The facility may already have destroyed its copy (from ${r.destructionDate}; ${r.explanation}). Make sure you hold a copy.`
          : `The facility may destroy its copy from ${r.destructionDate} (${r.explanation}). Ask for a copy before then if you do not have one.`,
    });
  }
  return reminders.sort((a, b) => a.daysLeft - b.daysLeft);
}
