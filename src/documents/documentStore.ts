import {
  deleteRecord,
  getRecord,
  readRecordsOfKinds,
  putRecord,
  type OpenedRecord,
} from '../storage/recordsRepository';
import { unreadableDetail } from '../storage/unreadableDetail';
import {
  DamagedDocumentError,
  readDocumentValue,
  type DocumentKind,
  type DocumentValue,
} from './documentKind';

/** A document as read: its id within its kind, its value at the kind's current version. */
export interface StoredDocument<T> {
  readonly id: string;
  readonly value: T;
  readonly updatedAt: string;
}

/** A record that cannot be used, named by its row id (the kind of a row that does not open is sealed). */
export interface DamagedDocument {
  readonly rowId: string;
  readonly detail: string;
}

type Read<T> = { document: StoredDocument<T> } | { damaged: DamagedDocument };

function readOpened<T>(kind: DocumentKind<T>, { rowId, document }: OpenedRecord): Read<T> {
  try {
    const value = readDocumentValue(kind, document.version, document.value, document.id);
    return { document: { id: document.id, value, updatedAt: document.updatedAt } };
  } catch (error) {
    return { damaged: { rowId, detail: unreadableDetail(error) } };
  }
}

function split<T>(reads: readonly Read<T>[]): { documents: StoredDocument<T>[]; damaged: DamagedDocument[] } {
  const documents: StoredDocument<T>[] = [];
  const damaged: DamagedDocument[] = [];
  for (const r of reads) {
    if ('document' in r) documents.push(r.document);
    else damaged.push(r.damaged);
  }
  return { documents, damaged };
}

export async function putDocument<T>(
  kind: DocumentKind<T>,
  id: string,
  value: T,
  now = new Date(),
): Promise<void> {
  await putRecord({ kind: kind.name, id, version: kind.version, value }, now);
}

/** The document, or null when there is none; throws when it is damaged (its row or its value). */
export async function getDocument<T>(kind: DocumentKind<T>, id: string): Promise<StoredDocument<T> | null> {
  const opened = await getRecord(kind.name, id);
  if (!opened) return null;
  const read = readOpened(kind, opened);
  if ('damaged' in read) throw new DamagedDocumentError(read.damaged.detail);
  return read.document;
}

export async function deleteDocument(kind: DocumentKind<unknown>, id: string): Promise<void> {
  await deleteRecord(kind.name, id);
}

/**
 * Every usable document of one kind, and the documents of that kind that opened but could not be read
 * (rows that do not open at all are named by readDocumentsOfKinds: their kind is not known).
 */
export async function readDocuments<T>(
  kind: DocumentKind<T>,
): Promise<{ documents: StoredDocument<T>[]; damaged: DamagedDocument[] }> {
  const { byKind } = await readRecordsOfKinds([kind.name]);
  return split((byKind.get(kind.name) ?? []).map((opened) => readOpened(kind, opened)));
}

/** Every usable document of one kind; damaged ones are left out. */
export async function listDocuments<T>(kind: DocumentKind<T>): Promise<StoredDocument<T>[]> {
  return (await readDocuments(kind)).documents;
}

/**
 * The documents of several kinds, opening every record once. `damaged` names every row that does not
 * open (of whatever kind) and every document of these kinds that cannot be read: one damaged row never
 * hides the others.
 */
export async function readDocumentsOfKinds<K extends Readonly<Record<string, DocumentKind<unknown>>>>(
  kinds: K,
): Promise<{
  lists: { -readonly [P in keyof K]: StoredDocument<DocumentValue<K[P]>>[] };
  damaged: DamagedDocument[];
}> {
  const entries = Object.entries(kinds);
  const { byKind, damaged: unopened } = await readRecordsOfKinds(entries.map(([, kind]) => kind.name));
  const damaged: DamagedDocument[] = unopened.map((row) => ({ rowId: row.id, detail: row.detail }));
  const lists: Record<string, StoredDocument<unknown>[]> = {};
  for (const [key, kind] of entries) {
    const read = split((byKind.get(kind.name) ?? []).map((opened) => readOpened(kind, opened)));
    lists[key] = read.documents;
    damaged.push(...read.damaged);
  }
  return { lists: lists as { -readonly [P in keyof K]: StoredDocument<DocumentValue<K[P]>>[] }, damaged };
}
