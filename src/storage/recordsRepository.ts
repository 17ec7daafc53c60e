import { VaultLockedError } from '../crypto/errors';
import { opaqueId } from '../crypto/keyring';
import { unreadableDetail } from './unreadableDetail';
import { vaultDatabase } from './db';
import { openPayload, payloadKind, sealPayload } from './payloads';

/**
 * Sealed documents of every kind src/documents/ defines: allergies, medications, specialists, shares,
 * scan-log rows, correction requests, backup history... One row per document; the row id is a keyed
 * hash of (kind, id), so neither the kind nor the id shows in clear, and a document is found again
 * without opening the others. src/documents/ is this repository's only importer: it gives each kind its
 * own version, migrations and reader.
 */
export interface RecordDocument {
  readonly kind: string;
  readonly id: string;
  /** The version of this kind's shape; each kind counts its own (src/documents/). */
  readonly version: number;
  readonly value: unknown;
  readonly updatedAt: string;
}

/**
 * Format 1 kept one shape for every kind (no per-kind version); format 2 adds `version`. A format-1
 * document is version 1 of its kind: that is the shape every kind had when format 1 was written.
 */
const recordPayload = payloadKind<RecordDocument>('record', 2, {
  1: (data) => ({ ...(data as object), version: 1 }),
});
const identity = (rowId: string) => ({ table: 'records', id: rowId });
const rowIdOf = (kind: string, id: string) => opaqueId('record', `${kind}\u0000${id}`);

/** An opened document with the id of the row that holds it (damage is named by row id). */
export interface OpenedRecord {
  readonly rowId: string;
  readonly document: RecordDocument;
}

export async function putRecord(
  document: Omit<RecordDocument, 'updatedAt'>,
  now = new Date(),
): Promise<void> {
  const rowId = await rowIdOf(document.kind, document.id);
  const sealed = await sealPayload(recordPayload, identity(rowId), {
    ...document,
    updatedAt: now.toISOString(),
  });
  await vaultDatabase().records.put({ id: rowId, sealed });
}

/** The document of this kind and id, or null when there is none; throws when its row does not open. */
export async function getRecord(kind: string, id: string): Promise<OpenedRecord | null> {
  const rowId = await rowIdOf(kind, id);
  const row = await vaultDatabase().records.get(rowId);
  return row ? { rowId, document: await openPayload(recordPayload, identity(rowId), row.sealed) } : null;
}

/** A record row that could not be opened; its kind is sealed, so only its row id is known. */
export interface DamagedRecordRow {
  readonly id: string;
  readonly detail: string;
}

/**
 * The documents of several kinds, opening every record once rather than once per kind (the kind is
 * sealed): fine for the hundreds a person keeps. A record that does not open is left out and named in
 * `damaged`: one damaged row never hides the others.
 */
export async function readRecordsOfKinds(kinds: readonly string[]): Promise<{
  byKind: Map<string, OpenedRecord[]>;
  damaged: DamagedRecordRow[];
}> {
  const rows = await vaultDatabase().records.toArray();
  const opened = await Promise.all(
    rows.map(async (row) => {
      try {
        return {
          record: { rowId: row.id, document: await openPayload(recordPayload, identity(row.id), row.sealed) },
        };
      } catch (error) {
        if (error instanceof VaultLockedError) throw error;
        return { damaged: { id: row.id, detail: unreadableDetail(error) } };
      }
    }),
  );
  const byKind = new Map<string, OpenedRecord[]>(kinds.map((k) => [k, []]));
  const damaged: DamagedRecordRow[] = [];
  for (const result of opened) {
    if (result.record) byKind.get(result.record.document.kind)?.push(result.record);
    else if (result.damaged) damaged.push(result.damaged);
  }
  return { byKind, damaged };
}

export async function deleteRecord(kind: string, id: string): Promise<void> {
  await vaultDatabase().records.delete(await rowIdOf(kind, id));
}
