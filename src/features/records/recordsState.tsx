import { createContext, createResource, useContext, type ParentProps, type Resource } from 'solid-js';
import {
  itemKey,
  markRequestItems,
  setReviewState,
  type CareRecord,
  type ChecklistEntry,
  type Facility,
  type FhirImport,
  type RecordItemKind,
  type RecordItemRef,
  type ReviewState,
  type ScanLogRow,
} from '../../domain/records';
import {
  ITEM_KIND,
  KIND,
  loadRecords,
  removeDocument,
  saveDocument,
  saveDocuments,
  type PatientProfile,
  type RecordItem,
  type RecordsSnapshot,
  type StoredCorrection,
} from './recordsData';
import {
  patientProfileKind,
  pharmacyListKind,
  PHARMACY_LIST_ID,
  PROFILE_ID,
  type DocumentKind,
} from '../../documents';

const LIST: Record<RecordItemKind, keyof CareRecord> = {
  allergy: 'allergies',
  medication: 'medications',
  problem: 'problems',
  note: 'notes',
};

function labelOf(item: RecordItem): string {
  if ('substance' in item) return item.substance;
  if ('condition' in item) return item.condition;
  if ('text' in item) return item.title || item.date || item.id;
  return item.name;
}

function upsert<T extends { id: string }>(list: readonly T[], value: T): T[] {
  const i = list.findIndex((x) => x.id === value.id);
  return i < 0 ? [...list, value] : list.map((x, j) => (j === i ? value : x));
}

/**
 * The Records page's state: one snapshot opened from the vault, then every change written first (sealed,
 * audited) and applied to the snapshot after, so the screen never shows what was not saved.
 */
export function createRecordsState() {
  const [snapshot, { mutate, refetch }] = createResource(loadRecords);
  const apply = (f: (s: RecordsSnapshot) => RecordsSnapshot) => mutate((s) => (s ? f(s) : s));
  const now = () => new Date().toISOString();

  const writeChecklist = async (entries: readonly ChecklistEntry[], before: readonly ChecklistEntry[]) => {
    const old = new Map(before.map((e) => [itemKey(e.item), e]));
    const changed = entries.filter((e) => old.get(itemKey(e.item)) !== e);
    for (const e of changed)
      await saveDocument(KIND.checklist, itemKey(e.item), e, `${e.item.kind} ${e.state}`);
    apply((s) => ({ ...s, checklist: entries }));
  };

  return {
    snapshot: snapshot as Resource<RecordsSnapshot | undefined>,
    refetch,
    async saveItem(kind: RecordItemKind, item: RecordItem) {
      await saveDocument(ITEM_KIND[kind], item.id, item, labelOf(item));
      apply((s) => ({
        ...s,
        record: { ...s.record, [LIST[kind]]: upsert(s.record[LIST[kind]] as RecordItem[], item) },
      }));
    },
    async deleteItem(kind: RecordItemKind, item: RecordItem) {
      await removeDocument(ITEM_KIND[kind], item.id, labelOf(item));
      const key = itemKey({ kind, id: item.id });
      await removeDocument(KIND.checklist, key, `${kind} review`);
      apply((s) => ({
        ...s,
        record: {
          ...s.record,
          [LIST[kind]]: (s.record[LIST[kind]] as RecordItem[]).filter((x) => x.id !== item.id),
        },
        checklist: s.checklist.filter((e) => itemKey(e.item) !== key),
      }));
    },
    async importFhir(result: FhirImport, fileName: string, profile: PatientProfile) {
      const documents: Array<{ kind: DocumentKind<unknown>; id: string; value: unknown }> = (
        Object.keys(LIST) as RecordItemKind[]
      ).flatMap((kind) =>
        (result.record[LIST[kind]] as RecordItem[]).map((value) => ({
          kind: ITEM_KIND[kind],
          id: value.id,
          value,
        })),
      );
      const p = result.patient;
      const fillProfile = p && !profile.name.trim();
      const newProfile: PatientProfile = fillProfile
        ? { ...profile, name: p.name, dateOfBirth: profile.dateOfBirth ?? p.birthDate }
        : profile;
      if (fillProfile) documents.push({ kind: patientProfileKind, id: PROFILE_ID, value: newProfile });
      await saveDocuments(documents, `FHIR import: ${fileName}`, { ...result.imported });
      apply((s) => {
        const merge = <T extends { id: string }>(a: readonly T[], b: readonly T[]) =>
          b.reduce(upsert, [...a]);
        return {
          ...s,
          profile: newProfile,
          record: {
            allergies: merge(s.record.allergies, result.record.allergies),
            medications: merge(s.record.medications, result.record.medications),
            problems: merge(s.record.problems, result.record.problems),
            notes: merge(s.record.notes, result.record.notes),
          },
        };
      });
    },
    async setReview(item: RecordItemRef, state: ReviewState, note?: string) {
      const s = snapshot();
      if (!s) return;
      await writeChecklist(setReviewState(s.checklist, item, state, now(), note), s.checklist);
    },
    async saveCorrection(request: StoredCorrection, itemsTo?: ReviewState) {
      await saveDocument(KIND.correction, request.id, request, request.provider.name || 'draft');
      apply((s) => ({ ...s, corrections: upsert(s.corrections, request) }));
      const s = snapshot();
      if (itemsTo && s)
        await writeChecklist(markRequestItems(s.checklist, request, itemsTo, now()), s.checklist);
    },
    async deleteCorrection(request: StoredCorrection) {
      await removeDocument(KIND.correction, request.id, request.provider.name || 'draft');
      apply((s) => ({ ...s, corrections: s.corrections.filter((c) => c.id !== request.id) }));
    },
    async saveFacility(facility: Facility) {
      await saveDocument(KIND.facility, facility.id, facility, facility.name);
      apply((s) => ({ ...s, facilities: upsert(s.facilities, facility) }));
    },
    async deleteFacility(facility: Facility) {
      await removeDocument(KIND.facility, facility.id, facility.name);
      apply((s) => ({ ...s, facilities: s.facilities.filter((f) => f.id !== facility.id) }));
    },
    async saveScanRow(row: ScanLogRow) {
      await saveDocument(KIND.scanLog, row.id, row, `${row.date} ${row.modality}`);
      apply((s) => ({ ...s, scanLog: upsert(s.scanLog, row) }));
    },
    async deleteScanRow(row: ScanLogRow) {
      await removeDocument(KIND.scanLog, row.id, `${row.date} ${row.modality}`);
      apply((s) => ({ ...s, scanLog: s.scanLog.filter((r) => r.id !== row.id) }));
    },
    async saveProfile(profile: PatientProfile) {
      await saveDocument(patientProfileKind, PROFILE_ID, profile, 'your details');
      apply((s) => ({ ...s, profile }));
    },
    async savePharmacyText(text: string) {
      await saveDocument(pharmacyListKind, PHARMACY_LIST_ID, text, 'pharmacy list');
      apply((s) => ({ ...s, pharmacyText: text }));
    },
  };
}

export type RecordsState = ReturnType<typeof createRecordsState>;

const RecordsContext = createContext<RecordsState>();

export function RecordsProvider(props: ParentProps<{ state: RecordsState }>) {
  return <RecordsContext.Provider value={props.state}>{props.children}</RecordsContext.Provider>;
}

export function useRecords(): RecordsState {
  const state = useContext(RecordsContext);
  if (!state) throw new Error('useRecords must be used inside RecordsProvider.');
  return state;
}

/** Today as 'YYYY-MM-DD' in the patient's own time zone (the day they see on their calendar). */
export { todayIso } from '../../ui/todayIso';

export function newId(): string {
  return crypto.randomUUID();
}
