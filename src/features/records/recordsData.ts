import type {
  Allergy,
  CareRecord,
  ChecklistEntry,
  Facility,
  Medication,
  Problem,
  RecordItemKind,
  ScanLogRow,
  VisitNote,
} from '../../domain/records';
import { appendAudit } from '../../storage/auditRepository';
import {
  allergyKind,
  checklistEntryKind,
  correctionRequestKind,
  deleteDocument,
  EMPTY_PROFILE,
  facilityKind,
  medicationKind,
  patientProfileKind,
  pharmacyListKind,
  PHARMACY_LIST_ID,
  problemKind,
  PROFILE_ID,
  putDocument,
  readDocumentsOfKinds,
  scanLogRowKind,
  visitNoteKind,
  type DocumentKind,
  type PatientProfile,
  type StoredCorrection,
  type StoredDocument,
} from '../../documents';
import { loadStudyFacts, rowDamageNotice, type DamagedNotice, type StudyFacts } from '../../catalog';

/** The document kinds each part of the care record is sealed as (src/documents/records/). */
export const KIND = {
  allergy: allergyKind,
  medication: medicationKind,
  problem: problemKind,
  note: visitNoteKind,
  checklist: checklistEntryKind,
  correction: correctionRequestKind,
  facility: facilityKind,
  scanLog: scanLogRowKind,
} as const;

export type RecordItem = Allergy | Medication | Problem | VisitNote;

export const ITEM_KIND: Record<RecordItemKind, DocumentKind<RecordItem>> = {
  allergy: KIND.allergy,
  medication: KIND.medication,
  problem: KIND.problem,
  note: KIND.note,
};

/** Stored shapes the records screens work with, defined with their document kinds. */
export type { PatientProfile, StoredCorrection };

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

/** Everything the Records page shows, opened from the vault (every record decrypted once). */
export async function loadRecords(): Promise<RecordsSnapshot> {
  const [{ lists, damaged: damagedRows }, studies] = await Promise.all([
    readDocumentsOfKinds({ ...KIND, profile: patientProfileKind, pharmacyList: pharmacyListKind }),
    loadStudyFacts(),
  ]);
  const damaged = damagedRows.map((row) => rowDamageNotice('records', row.rowId, row.detail));
  const values = <T>(documents: readonly StoredDocument<T>[]): T[] => documents.map((d) => d.value);
  const allergies = values(lists.allergy);
  const medications = values(lists.medication);
  const problems = values(lists.problem);
  const notes = values(lists.note);
  const checklist = values(lists.checklist);
  const corrections = values(lists.correction);
  const facilities = values(lists.facility);
  const scanLog = values(lists.scanLog);
  const profile = lists.profile.find((d) => d.id === PROFILE_ID);
  const pharmacy = lists.pharmacyList.find((d) => d.id === PHARMACY_LIST_ID);
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
    profile: profile?.value ?? EMPTY_PROFILE,
    pharmacyText: pharmacy?.value ?? '',
    studies,
    damaged,
  };
}

/** Seals a document and writes what changed to the audit trail (its details are sealed there too). */
export async function saveDocument<T>(
  kind: DocumentKind<T>,
  id: string,
  value: T,
  label: string,
): Promise<void> {
  await putDocument(kind, id, value);
  await appendAudit('records.changed', `${kind.name}: ${label}`, { id, change: 'saved' });
}

export async function removeDocument(kind: DocumentKind<unknown>, id: string, label: string): Promise<void> {
  await deleteDocument(kind, id);
  await appendAudit('records.changed', `${kind.name}: ${label}`, { id, change: 'deleted' });
}

/** Many documents at once (an import): each sealed, one audit entry for the lot. */
export async function saveDocuments(
  documents: ReadonlyArray<{ kind: DocumentKind<unknown>; id: string; value: unknown }>,
  subject: string,
  details: Record<string, string | number>,
): Promise<void> {
  for (const d of documents) await putDocument(d.kind, d.id, d.value);
  await appendAudit('records.changed', subject, { ...details, documents: documents.length });
}
