import {
  listDocuments,
  shareKind,
  specialistKind,
  type ShareRecord,
  type SpecialistValue,
} from '../../documents';

export async function loadSpecialists(): Promise<{ id: string; value: SpecialistValue }[]> {
  const records = await listDocuments(specialistKind);
  return records
    .map((r) => ({ id: r.id, value: r.value }))
    .sort((a, b) => a.value.name.localeCompare(b.value.name));
}

/** Past exports, newest first. */
export async function loadShares(): Promise<ShareRecord[]> {
  const records = await listDocuments(shareKind);
  return records.map((r) => r.value).sort((a, b) => (a.sentAt < b.sentAt ? 1 : a.sentAt > b.sentAt ? -1 : 0));
}
