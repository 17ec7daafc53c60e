import type { Medication, MedicationStatus } from './careRecord';
import { formatDose, parseDose, sameDose } from './medicationDose';
import type { Dose } from './medicationDose';
import { dailyFrequency } from './medicationFrequency';
import { medicationNameKey } from './medicationName';
import type { ListedMedication } from './parseMedicationList';

export type Comparison = 'same' | 'differs' | 'not-comparable';

export interface MedicationMatch {
  readonly record: Medication;
  readonly pharmacy: ListedMedication;
  readonly dose: Comparison;
  /** The strengths compared, as normalised text ("50 mg"), or null when none could be read. */
  readonly recordStrength: string | null;
  readonly pharmacyStrength: string | null;
  readonly frequency: Comparison;
  /** Softer differences worth a look: salt form, release form. */
  readonly notes: readonly string[];
}

export interface Reconciliation {
  /** On the record (and current) but not on the pharmacy's list. */
  readonly onlyOnRecord: Medication[];
  /** On the pharmacy's list but not on the record. */
  readonly onlyAtPharmacy: ListedMedication[];
  /** Found on both with different strengths. */
  readonly doseDiffers: MedicationMatch[];
  /** Every pairing found, including those in doseDiffers. */
  readonly matched: MedicationMatch[];
  /** Record items left out because their status says they are no longer taken. */
  readonly notCompared: Medication[];
}

export interface ReconcileOptions {
  /** Record statuses that count as "currently taken". Default: active, on-hold, unknown. */
  readonly currentStatuses?: readonly MedicationStatus[];
}

/**
 * Compares the record's medication list with the pharmacy's. Names are matched by `medicationNameKey`
 * (case, spacing, salt and release forms ignored; see there). When a drug appears more than once on a side
 * (two strengths of warfarin), pairs with the same strength are made first. The strength compared is the
 * dose field when it is an amount (mg, units...), otherwise the strength printed in the name ("1 tablet" of
 * "metoprolol 50 mg tablet" compares as 50 mg); with no strength on one side the dose is 'not-comparable'.
 */
export function reconcileMedications(
  record: readonly Medication[],
  pharmacy: readonly ListedMedication[],
  options: ReconcileOptions = {},
): Reconciliation {
  const current = new Set(options.currentStatuses ?? ['active', 'on-hold', 'unknown']);
  const notCompared = record.filter((m) => !current.has(m.status));
  const left = record.filter((m) => current.has(m.status)).map((m) => side(m, m.name, m.dose));
  const right = pharmacy.map((m) => side(m, m.name, m.dose));

  const matched: MedicationMatch[] = [];
  const usedRight = new Set<number>();
  const usedLeft = new Set<number>();
  // Two passes: same name and same strength first, then same name whatever the strength.
  for (const needSameDose of [true, false]) {
    left.forEach((l, i) => {
      if (usedLeft.has(i) || l.key === '') return;
      const j = right.findIndex(
        (r, k) =>
          !usedRight.has(k) &&
          r.key === l.key &&
          (!needSameDose || (l.dose !== null && r.dose !== null && sameDose(l.dose, r.dose))),
      );
      const r = right[j];
      if (!r) return;
      usedLeft.add(i);
      usedRight.add(j);
      matched.push(compare(l, r));
    });
  }
  return {
    onlyOnRecord: left.filter((_, i) => !usedLeft.has(i)).map((l) => l.item),
    onlyAtPharmacy: right.filter((_, j) => !usedRight.has(j)).map((r) => r.item),
    doseDiffers: matched.filter((m) => m.dose === 'differs'),
    matched,
    notCompared,
  };
}

interface Side<T> {
  readonly item: T;
  readonly key: string;
  readonly salts: readonly string[];
  readonly release: string | null;
  readonly dose: Dose | null;
}

function side<T>(item: T, name: string, dose: string): Side<T> {
  const { key, salts, release } = medicationNameKey(name);
  const written = parseDose(dose);
  const strength = written && written.unit !== 'count' ? written : (parseDose(name) ?? written);
  return { item, key, salts, release, dose: strength };
}

function compare(l: Side<Medication>, r: Side<ListedMedication>): MedicationMatch {
  const dose: Comparison =
    l.dose === null || r.dose === null ? 'not-comparable' : sameDose(l.dose, r.dose) ? 'same' : 'differs';
  const fl = dailyFrequency(l.item.frequency);
  const fr = dailyFrequency(r.item.frequency);
  const frequency: Comparison =
    fl === 'unknown' || fr === 'unknown'
      ? 'not-comparable'
      : fl === fr || (typeof fl === 'number' && typeof fr === 'number' && Math.abs(fl - fr) < 1e-9)
        ? 'same'
        : 'differs';
  const notes: string[] = [];
  if (l.salts.join() !== r.salts.join()) {
    notes.push(
      `Salt form differs: ${describe(l.salts)} on the record, ${describe(r.salts)} at the pharmacy.`,
    );
  }
  if ((l.release ?? 'immediate') !== (r.release ?? 'immediate')) {
    notes.push(
      `Release form differs: ${l.release ?? 'not stated'} on the record, ${r.release ?? 'not stated'} at the pharmacy.`,
    );
  }
  return {
    record: l.item,
    pharmacy: r.item,
    dose,
    recordStrength: l.dose ? formatDose(l.dose) : null,
    pharmacyStrength: r.dose ? formatDose(r.dose) : null,
    frequency,
    notes,
  };
}

function describe(salts: readonly string[]): string {
  return salts.length > 0 ? salts.join(' ') : 'none stated';
}
