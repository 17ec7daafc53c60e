import {
  attachedDocumentKind,
  deleteDocument,
  getDocument,
  listDocuments,
  putDocument,
  shareKind,
  specialistKind,
  type AttachedDocument,
  type ShareRecord,
  type Specialist,
} from '../../documents';
import { appendAudit } from '../../storage/auditRepository';
import { readOriginal, storeOriginal } from '../../storage/originalsRepository';
import { sha256Hex } from '../../domain/hash/sha256';

export type { AttachedDocument, SpecialistValue } from '../../documents';

export interface StoredShare {
  readonly id: string;
  readonly value: ShareRecord;
}

export async function listSpecialists(): Promise<Specialist[]> {
  const docs = await listDocuments(specialistKind);
  return docs.map(({ id, value }) => ({ id, ...value })).sort((a, b) => a.name.localeCompare(b.name));
}

export async function saveSpecialist(s: Specialist): Promise<void> {
  const { id, ...value } = s;
  await putDocument(specialistKind, id, value);
  await appendAudit('records.changed', `specialist: ${s.name}`, { id, change: 'saved' });
}

export async function deleteSpecialist(s: Specialist): Promise<void> {
  await deleteDocument(specialistKind, s.id);
  await appendAudit('records.changed', `specialist: ${s.name}`, { id: s.id, change: 'deleted' });
}

/** Every share, newest first, read defensively (the Packages feature writes them too). */
export async function listShares(): Promise<StoredShare[]> {
  const docs = await listDocuments(shareKind);
  return docs
    .map(({ id, value }) => ({ id, value }))
    .sort((a, b) => b.value.sentAt.localeCompare(a.value.sentAt));
}

export async function saveShare(share: StoredShare, change: string): Promise<void> {
  await putDocument(shareKind, share.id, share.value);
  await appendAudit('share', share.value.packageName || share.id, {
    id: share.id,
    specialistId: share.value.specialistId,
    change,
    studies: share.value.studies.length,
  });
}

export async function deleteShare(share: StoredShare): Promise<void> {
  await deleteDocument(shareKind, share.id);
  await appendAudit('share', share.value.packageName || share.id, { id: share.id, change: 'deleted' });
}

/** Seals a document's bytes in the vault; returns the id (its SHA-256) to keep in the share. */
export async function attachDocument(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sha256 = await sha256Hex(bytes);
  const { address } = await storeOriginal(bytes, sha256);
  const doc: AttachedDocument = {
    address,
    sha256,
    fileName: file.name,
    mediaType: file.type || 'application/octet-stream',
    size: bytes.length,
    attachedAt: new Date().toISOString(),
  };
  await putDocument(attachedDocumentKind, sha256, doc);
  await appendAudit('records.changed', `document: ${file.name}`, {
    id: sha256,
    change: 'attached',
    size: bytes.length,
  });
  return sha256;
}

/** The attached document's bytes as a Blob, with its name, or an error naming what is missing. */
export async function openDocument(ref: string): Promise<{ blob: Blob; fileName: string }> {
  const doc = await getDocument(attachedDocumentKind, ref);
  if (!doc) throw new Error(`The attached document ${ref.slice(0, 12)}… is not in the vault.`);
  const bytes = await readOriginal(doc.value.address);
  return {
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: doc.value.mediaType }),
    fileName: doc.value.fileName,
  };
}
