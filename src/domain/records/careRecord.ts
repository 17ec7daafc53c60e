import type { IsoDate, IsoDateTime } from './isoDate';

/**
 * The patient's own copy of their care record, as audited in the app. Every type here is plain JSON
 * (strings, numbers, booleans, arrays, null) so it can be sealed and stored as is. Ids are chosen by the
 * caller (a random UUID for manual entries; importers derive stable ids so a re-import finds its items).
 * Dates are ISO strings; clinical dates may be partial ('2015', '2015-06') as sources give them.
 */

/** Where an item came from: typed by the user, pasted, or imported from a FHIR resource. */
export interface RecordSource {
  readonly kind: 'manual' | 'pasted' | 'fhir';
  /** For FHIR: 'ResourceType/id' (or the entry's fullUrl when the resource has no id). */
  readonly reference?: string;
  /** A human label, e.g. the file name or portal the data came from. */
  readonly label?: string;
}

export type AllergySeverity = 'mild' | 'moderate' | 'severe';
export type AllergyStatus = 'active' | 'resolved';

export interface Allergy {
  readonly id: string;
  readonly substance: string;
  /** What happens on exposure (e.g. "hives; wheezing"); null when the record does not say. */
  readonly reaction: string | null;
  readonly severity: AllergySeverity | null;
  readonly status: AllergyStatus;
  /** When a clinician last reviewed (or, for imports, recorded) it; null when unknown. */
  readonly lastReviewed: IsoDate | null;
  readonly source: RecordSource;
}

export type MedicationStatus = 'active' | 'on-hold' | 'stopped' | 'completed' | 'unknown';

export interface Medication {
  readonly id: string;
  /** As written in the record, e.g. "metoprolol succinate ER 50 mg tablet". */
  readonly name: string;
  /** As written, e.g. "50 mg" or "1 tablet"; empty when not given. */
  readonly dose: string;
  /** As written, e.g. "once daily"; empty when not given. */
  readonly frequency: string;
  readonly prescriber: string;
  readonly status: MedicationStatus;
  readonly source: RecordSource;
}

export type ProblemStatus = 'active' | 'resolved';

export interface Problem {
  readonly id: string;
  readonly condition: string;
  /** Possibly partial date, or null when unknown. */
  readonly onset: IsoDate | null;
  readonly status: ProblemStatus;
  /** When the entry was last recorded or updated; null when unknown. */
  readonly lastUpdated: IsoDate | null;
  /** E.g. 'problem-list-item' or 'encounter-diagnosis' from FHIR; null for manual entries. */
  readonly category: string | null;
  readonly source: RecordSource;
}

export interface VisitNote {
  readonly id: string;
  readonly date: IsoDate | IsoDateTime | null;
  readonly author: string;
  readonly title: string;
  readonly text: string;
  readonly source: RecordSource;
}

export interface CareRecord {
  readonly allergies: readonly Allergy[];
  readonly medications: readonly Medication[];
  readonly problems: readonly Problem[];
  readonly notes: readonly VisitNote[];
}

/** Names one audited item of the record. */
export type RecordItemKind = 'allergy' | 'medication' | 'problem' | 'note';

export interface RecordItemRef {
  readonly kind: RecordItemKind;
  readonly id: string;
}
