import type { IsoDate } from './isoDate';

/** One row of the scan log: one study, with what the patient typed from its report. */
export interface ScanLogRow {
  readonly id: string;
  /** Study Instance UID when the study is in the vault; '' for a scan known only from paperwork. */
  readonly studyUid: string;
  /** '' when the study's header gives no date (some do) and the patient has not typed one. */
  readonly date: IsoDate | '';
  readonly bodyPart: string;
  readonly modality: string;
  readonly facility: string;
  /** The facility entry used for retention reminders, or null. */
  readonly facilityId: string | null;
  /** E.g. "lesion 12 x 9 mm, segment VII", typed from the report. */
  readonly keyMeasurements: string;
  readonly storedInVault: boolean;
  /** The label written on the original CD/DVD, to find the physical disc. */
  readonly originalDiscLabel: string;
}

/**
 * Whether and how a facility keeps records of patients who were minors, e.g. "until age 18 + 10 years".
 * The destruction date is then the later of (scan date + the usual years) and (birth date + age of majority
 * + yearsAfterMajority).
 */
export interface MinorRetentionRule {
  readonly ageOfMajority: number;
  readonly yearsAfterMajority: number;
}

export interface Facility {
  readonly id: string;
  readonly name: string;
  /** Country / state whose rules apply, as the patient writes it. */
  readonly jurisdiction: string;
  /** Years the facility keeps an adult's images after the study date; null when unknown. */
  readonly retentionYears: number | null;
  readonly minorRule: MinorRetentionRule | null;
  /** False while the values are an example the patient has not checked with the facility. */
  readonly confirmed: boolean;
}
