import { listRecords } from '../../storage/recordsRepository';
import type { ShareRecord, SpecialistValue } from './wizardModel';

export async function loadSpecialists(): Promise<{ id: string; value: SpecialistValue }[]> {
  const records = await listRecords<SpecialistValue>('specialist');
  return records
    .map((r) => ({ id: r.id, value: r.value }))
    .sort((a, b) => a.value.name.localeCompare(b.value.name));
}

/** Past exports, newest first. */
export async function loadShares(): Promise<ShareRecord[]> {
  const records = await listRecords<ShareRecord>('share');
  return records.map((r) => r.value).sort((a, b) => (a.sentAt < b.sentAt ? 1 : a.sentAt > b.sentAt ? -1 : 0));
}
