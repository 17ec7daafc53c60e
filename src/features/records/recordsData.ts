import type {
  Allergy,
  CareRecord,
  ChecklistEntry,
  CorrectionRequest,
  Facility,
  LetterPatient,
  Medication,
  Problem,
  RecordItemKind,
  ScanLogRow,
  VisitNote,
} from '../../domain/records';
import { appendAudit } from '../../storage/auditRepository';
import { VaultLockedError } from '../../crypto/errors';
import {
  deleteRecord,
  getRecord,
  readRecordsOfKinds,
  putRecord,
  type RecordDocument,
} from '../../storage/recordsRepository';
import { loadStudyFacts, rowDamageNotice, type DamagedNotice, type StudyFacts } from '../../catalog';

/** The record kinds under which each part of the care record is sealed (storage/recordsRepository.ts). */
export const KIND = {
  allergy: 'allergy',
  medication: 'medication',
  problem: 'problem',
  note: 'visit-note',
  checklist: 'checklist',
  correction: 'correction-request',
  facility: 'facility',
  scanLog: 'scan-log',
  profile: 'profile',
  pharmacyList: 'pharmacy-list',
} as const;

export const ITEM_KIND: Record<RecordItemKind, string> = {
  allergy: KIND.allergy,
  medication: KIND.medication,
  problem: KIND.problem,
  note: KIND.note,
};

export type RecordItem = Allergy | Medication | Problem | VisitNote;

/** The patient's own details, used in correction letters and for retention rules about minors. */
export type PatientProfile = LetterPatient;

export const EMPTY_PROFILE: PatientProfile = {
  name: '',
  dateOfBirth: null,
  identifier: '',
  address: '',
  contact: '',
};

/** A correction request as stored: the domain request plus the letter's legal basis. */
export interface StoredCorrection extends CorrectionRequest {
  readonly legalBasis: 'hipaa' | 'general';
  /** When the draft was made, for ordering. */
  readonly createdAt: string;
}

export interface RecordsSnapshot {
  readonly record: CareRecord;
  readonly checklist: readonly ChecklistEntry[];
  readonly corrections: readonly StoredCorrection[];
  readonly facilities: readonly Facility[];
  readonly scanLog: readonly ScanLogRow[];
  readonly profile: PatientProfile;
  readonly pharmacyText: string;
  readonly studies: readonly StudyFacts[];
  /** Record rows that could not be opened, named; everything else is in the snapshot. */
  readonly damaged?: readonly DamagedNotice[];
}

/** One record that may be damaged: null stands in (readRecordsOfKinds has named the damaged row). */
async function recordOrNull<T>(kind: string, id: string): Promise<RecordDocument<T> | null> {
  try {
    return await getRecord<T>(kind, id);
  } catch (error) {
    if (error instanceof VaultLockedError) throw error;
    return null;
  }
}

/** Everything the Records page shows, opened from the vault (every record decrypted once). */
export async function loadRecords(): Promise<RecordsSnapshot> {
  const { byKind: lists, damaged: damagedRows } = await readRecordsOfKinds(Object.values(KIND));
  const damaged = damagedRows.map((row) => rowDamageNotice('records', row.id, row.detail));
  const values = <T>(kind: string): T[] => (lists.get(kind) ?? []).map((d) => d.value as T);
  const allergies = values<Allergy>(KIND.allergy);
  const medications = values<Medication>(KIND.medication);
  const problems = values<Problem>(KIND.problem);
  const notes = values<VisitNote>(KIND.note);
  const checklist = values<ChecklistEntry>(KIND.checklist);
  const corrections = values<StoredCorrection>(KIND.correction);
  const facilities = values<Facility>(KIND.facility);
  const scanLog = values<ScanLogRow>(KIND.scanLog);
  const [profile, pharmacy, studies] = await Promise.all([
    recordOrNull<PatientProfile>(KIND.profile, 'patient'),
    recordOrNull<string>(KIND.pharmacyList, 'latest'),
    loadStudyFacts(),
  ]);
  const byText =
    <T>(f: (x: T) => string) =>
    (a: T, b: T) =>
      f(a).localeCompare(f(b));
  return {
    record: {
      allergies: allergies.sort(byText((a) => a.substance)),
      medications: medications.sort(byText((m) => m.name)),
      problems: problems.sort(byText((p) => p.condition)),
      notes: notes.sort(byText((n) => n.date ?? '')),
    },
    checklist,
    corrections: corrections.sort(byText((c) => c.createdAt)).reverse(),
    facilities: facilities.sort(byText((f) => f.name)),
    scanLog,
    profile: { ...EMPTY_PROFILE, ...profile?.value },
    pharmacyText: pharmacy?.value ?? '',
    studies,
    damaged,
  };
}

/** Seals a document and writes what changed to the audit trail (its details are sealed there too). */
export async function saveDocument<T>(kind: string, id: string, value: T, label: string): Promise<void> {
  await putRecord(kind, id, value);
  await appendAudit('records.changed', `${kind}: ${label}`, { id, change: 'saved' });
}

export async function removeDocument(kind: string, id: string, label: string): Promise<void> {
  await deleteRecord(kind, id);
  await appendAudit('records.changed', `${kind}: ${label}`, { id, change: 'deleted' });
}

/** Many documents at once (an import): each sealed, one audit entry for the lot. */
export async function saveDocuments(
  documents: ReadonlyArray<{ kind: string; id: string; value: unknown }>,
  subject: string,
  details: Record<string, string | number>,
): Promise<void> {
  for (const d of documents) await putRecord(d.kind, d.id, d.value);
  await appendAudit('records.changed', subject, { ...details, documents: documents.length });
}
