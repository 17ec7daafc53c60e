import { toHex } from '../../domain/bytes/hex';
import { readShareRecord, type ShareRecord, type Specialist } from '../../domain/records';
import { appendAudit } from '../../storage/auditRepository';
import { readOriginal, storeOriginal } from '../../storage/originalsRepository';
import { deleteRecord, getRecord, listRecords, putRecord } from '../../storage/recordsRepository';

export const SPECIALIST = 'specialist';
export const SHARE = 'share';
export const OPINION_DOCUMENT = 'opinion-document';

/** The stored value of a specialist (id = the record id). */
export type SpecialistValue = Omit<Specialist, 'id'>;

export interface StoredShare {
  readonly id: string;
  readonly value: ShareRecord;
}

/**
 * An attached document (an opinion or a receipt). Its bytes are a sealed original (chunked, content
 * addressed, authenticated on read) rather than base64 inside this record: a report PDF can be many MB,
 * and every listRecords call opens every record, so big bytes there would slow every screen.
 */
export interface AttachedDocument {
  readonly address: string;
  readonly sha256: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly attachedAt: string;
}

export async function listSpecialists(): Promise<Specialist[]> {
  const docs = await listRecords<Partial<SpecialistValue>>(SPECIALIST);
  return docs
    .map(({ id, value }) => ({
      id,
      name: value.name ?? '',
      specialty: value.specialty ?? '',
      institution: value.institution ?? '',
      country: value.country ?? '',
      contact: value.contact ?? '',
      notes: value.notes ?? '',
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function saveSpecialist(s: Specialist): Promise<void> {
  const { id, ...value } = s;
  await putRecord<SpecialistValue>(SPECIALIST, id, value);
  await appendAudit('records.changed', `specialist: ${s.name}`, { id, change: 'saved' });
}

export async function deleteSpecialist(s: Specialist): Promise<void> {
  await deleteRecord(SPECIALIST, s.id);
  await appendAudit('records.changed', `specialist: ${s.name}`, { id: s.id, change: 'deleted' });
}

/** Every share, newest first, read defensively (the Packages feature writes them too). */
export async function listShares(): Promise<StoredShare[]> {
  const docs = await listRecords<unknown>(SHARE);
  return docs
    .map(({ id, value }) => ({ id, value: readShareRecord(id, value) }))
    .sort((a, b) => b.value.sentAt.localeCompare(a.value.sentAt));
}

export async function saveShare(share: StoredShare, change: string): Promise<void> {
  await putRecord<ShareRecord>(SHARE, share.id, share.value);
  await appendAudit('share', share.value.packageName || share.id, {
    id: share.id,
    specialistId: share.value.specialistId,
    change,
    studies: share.value.studies.length,
  });
}

export async function deleteShare(share: StoredShare): Promise<void> {
  await deleteRecord(SHARE, share.id);
  await appendAudit('share', share.value.packageName || share.id, { id: share.id, change: 'deleted' });
}

/** Seals a document's bytes in the vault; returns the id (its SHA-256) to keep in the share. */
export async function attachDocument(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sha256 = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
  const { address } = await storeOriginal(bytes, sha256);
  const doc: AttachedDocument = {
    address,
    sha256,
    fileName: file.name,
    mediaType: file.type || 'application/octet-stream',
    size: bytes.length,
    attachedAt: new Date().toISOString(),
  };
  await putRecord(OPINION_DOCUMENT, sha256, doc);
  await appendAudit('records.changed', `document: ${file.name}`, {
    id: sha256,
    change: 'attached',
    size: bytes.length,
  });
  return sha256;
}

/** The attached document's bytes as a Blob, with its name, or an error naming what is missing. */
export async function openDocument(ref: string): Promise<{ blob: Blob; fileName: string }> {
  const doc = await getRecord<AttachedDocument>(OPINION_DOCUMENT, ref);
  if (!doc) throw new Error(`The attached document ${ref.slice(0, 12)}… is not in the vault.`);
  const bytes = await readOriginal(doc.value.address);
  return {
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: doc.value.mediaType }),
    fileName: doc.value.fileName,
  };
}
