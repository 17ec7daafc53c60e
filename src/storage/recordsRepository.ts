import { VaultLockedError } from '../crypto/errors';
import { opaqueId } from '../crypto/keyring';
import { unreadableDetail } from './unreadableDetail';
import { vaultDatabase } from './db';
import { openPayload, payloadKind, sealPayload } from './payloads';

/**
 * Sealed documents of every kind the care-record, sharing and stewardship features keep: allergies,
 * medications, specialists, shares, scan-log rows, correction requests, backup history... One row per
 * document; the row id is a keyed hash of (kind, id), so neither the kind nor the id shows in clear,
 * and a document is found again without opening the others.
 */
export interface RecordDocument<T> {
  readonly kind: string;
  readonly id: string;
  readonly value: T;
  readonly updatedAt: string;
}

const recordPayload = payloadKind<RecordDocument<unknown>>('record');
const identity = (rowId: string) => ({ table: 'records', id: rowId });
const rowIdOf = (kind: string, id: string) => opaqueId('record', `${kind}\u0000${id}`);

export async function putRecord<T>(kind: string, id: string, value: T, now = new Date()): Promise<void> {
  const rowId = await rowIdOf(kind, id);
  const document: RecordDocument<T> = { kind, id, value, updatedAt: now.toISOString() };
  const sealed = await sealPayload(recordPayload, identity(rowId), document);
  await vaultDatabase().records.put({ id: rowId, sealed });
}

export async function getRecord<T>(kind: string, id: string): Promise<RecordDocument<T> | null> {
  const rowId = await rowIdOf(kind, id);
  const row = await vaultDatabase().records.get(rowId);
  return row ? ((await openPayload(recordPayload, identity(rowId), row.sealed)) as RecordDocument<T>) : null;
}

/** Every document of one kind. Opens all records (the kind is sealed): fine for the hundreds a person keeps. */
export async function listRecords<T>(kind: string): Promise<RecordDocument<T>[]> {
  return ((await listRecordsOfKinds([kind])).get(kind) ?? []) as RecordDocument<T>[];
}

/**
 * The documents of several kinds, opening every record once rather than once per kind. A record that
 * does not open is left out: one damaged row never hides the others (readRecordsOfKinds names it).
 */
export async function listRecordsOfKinds(
  kinds: readonly string[],
): Promise<Map<string, RecordDocument<unknown>[]>> {
  return (await readRecordsOfKinds(kinds)).byKind;
}

/** A record row that could not be opened; its kind is sealed, so only its row id is known. */
export interface DamagedRecordRow {
  readonly id: string;
  readonly detail: string;
}

export async function readRecordsOfKinds(kinds: readonly string[]): Promise<{
  byKind: Map<string, RecordDocument<unknown>[]>;
  damaged: DamagedRecordRow[];
}> {
  const rows = await vaultDatabase().records.toArray();
  const opened = await Promise.all(
    rows.map(async (row) => {
      try {
        return { document: await openPayload(recordPayload, identity(row.id), row.sealed) };
      } catch (error) {
        if (error instanceof VaultLockedError) throw error;
        return { damaged: { id: row.id, detail: unreadableDetail(error) } };
      }
    }),
  );
  const byKind = new Map<string, RecordDocument<unknown>[]>(kinds.map((k) => [k, []]));
  const damaged: DamagedRecordRow[] = [];
  for (const result of opened) {
    if (result.document) byKind.get(result.document.kind)?.push(result.document);
    else if (result.damaged) damaged.push(result.damaged);
  }
  return { byKind, damaged };
}

export async function deleteRecord(kind: string, id: string): Promise<void> {
  await vaultDatabase().records.delete(await rowIdOf(kind, id));
}
