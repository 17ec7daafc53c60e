import type { IndexableType, Table } from 'dexie';
import {
  BACKUP_TABLES,
  type BackupRecord,
  type BackupTable,
  type RecordDescriptor,
  type RowFields,
} from '../domain/backup';
import { vaultDatabase, type VaultDatabase } from './db';
import { checkRestoreExpectation, type RestoreExpectation } from './lifecycleRepository';

/**
 * Raw access to sealed rows for backup and restore. Rows travel exactly as stored — sealed, each bound
 * by its envelope to (table, id, chunk) — so nothing here needs a key, and a restored row opens only
 * where the same vault's key opens it.
 */

const AUDIT_HEAD = 'audit-head';

function table(db: VaultDatabase, name: BackupTable): Table<Record<string, unknown>, IndexableType> {
  return db[name] as unknown as Table<Record<string, unknown>, IndexableType>;
}

function toRecord(name: BackupTable, row: Record<string, unknown>): BackupRecord {
  const { sealed, ...fields } = row;
  return { descriptor: { table: name, row: fields as RowFields }, sealed: sealed as Uint8Array };
}

function primaryKey(descriptor: RecordDescriptor): IndexableType {
  const row = descriptor.row;
  switch (descriptor.table) {
    case 'chunks':
      return [row['address'] as string, row['index'] as number];
    case 'originals':
      return row['address'] as string;
    case 'audit':
      return row['seq'] as number;
    case 'settings':
      return row['key'] as string;
    default:
      return row['id'] as string;
  }
}

function rowOf(record: BackupRecord): Record<string, unknown> {
  return { ...record.descriptor.row, sealed: record.sealed };
}

/** The primary keys of every backed-up table, read in one transaction: a consistent snapshot. */
export type KeySnapshot = ReadonlyMap<BackupTable, readonly IndexableType[]>;

export async function snapshotKeys(): Promise<KeySnapshot> {
  const db = vaultDatabase();
  return db.transaction(
    'r',
    BACKUP_TABLES.map((name) => table(db, name)),
    async () => {
      const out = new Map<BackupTable, IndexableType[]>();
      for (const name of BACKUP_TABLES) out.set(name, await table(db, name).toCollection().primaryKeys());
      return out;
    },
  );
}

/** Rows of one table by key, as backup records; a row deleted since the snapshot is left out. */
export async function readRecords(
  name: BackupTable,
  keys: readonly IndexableType[],
): Promise<BackupRecord[]> {
  const rows = await table(vaultDatabase(), name).bulkGet([...keys]);
  return rows.flatMap((row) => (row ? [toRecord(name, row)] : []));
}

/** True when the browser holds no vault rows at all (a fresh profile). */
export async function vaultTablesEmpty(): Promise<boolean> {
  const db = vaultDatabase();
  const counts = await Promise.all([
    db.meta.count(),
    ...BACKUP_TABLES.map((name) => table(db, name).count()),
  ]);
  return counts.every((n) => n === 0);
}

export interface WriteOutcome {
  readonly added: number;
  /** Already present (merge mode): left as they are. */
  readonly skipped: number;
  /** Instance rows added, with their series: studies whose summary must be recomputed after a merge. */
  readonly addedInstanceSeries: readonly string[];
}

/**
 * Writes restored records in one transaction per call. `merge` adds only rows whose key is absent, so a
 * restore into the same vault never duplicates or overwrites anything it already has. The audit trail
 * and its head are not written here (see restoreAuditTrail). The same transaction checks that the
 * profile is still what the restore expects (fresh: no vault and this restore's marker; merge: the same
 * vault), so a discard or a create in another tab stops the restore instead of mixing rows in.
 */
export async function writeRestoredRecords(
  records: readonly BackupRecord[],
  expect: RestoreExpectation,
): Promise<WriteOutcome> {
  const mode = expect.mode;
  const db = vaultDatabase();
  const byTable = new Map<BackupTable, BackupRecord[]>();
  for (const record of records) {
    if (record.descriptor.table === 'audit') continue;
    if (record.descriptor.table === 'settings' && record.descriptor.row['key'] === AUDIT_HEAD) continue;
    const list = byTable.get(record.descriptor.table) ?? [];
    list.push(record);
    byTable.set(record.descriptor.table, list);
  }
  if (byTable.size === 0) return { added: 0, skipped: 0, addedInstanceSeries: [] };
  return db.transaction('rw', [db.meta, ...[...byTable.keys()].map((name) => table(db, name))], async () => {
    await checkRestoreExpectation(db, expect);
    let added = 0;
    let skipped = 0;
    const addedInstanceSeries: string[] = [];
    for (const [name, list] of byTable) {
      const t = table(db, name);
      let fresh = list;
      if (mode === 'merge') {
        const present = await t.bulkGet(list.map((r) => primaryKey(r.descriptor)));
        fresh = list.filter((_, i) => present[i] === undefined);
      }
      skipped += list.length - fresh.length;
      if (fresh.length > 0) await t.bulkPut(fresh.map(rowOf));
      added += fresh.length;
      if (name === 'instances')
        addedInstanceSeries.push(...fresh.map((r) => String(r.descriptor.row['seriesId'])));
    }
    return { added, skipped, addedInstanceSeries };
  });
}

export interface AuditMerge {
  readonly added: number;
  /** The backup's trail and this vault's part ways after this entry: the backup's later entries were not merged. */
  readonly divergedAfter: number | null;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Restores the hash-chained audit trail. Into a fresh profile: all entries and the head as they were.
 * Into the same vault: the backup's entries are appended only where they continue this vault's chain
 * (the backup's entry at this vault's last place is byte-identical), so the chain never forks.
 */
export async function restoreAuditTrail(
  entries: readonly BackupRecord[],
  head: BackupRecord | null,
  mode: 'fresh' | 'merge',
): Promise<AuditMerge> {
  const db = vaultDatabase();
  const sorted = [...entries].sort(
    (a, b) => Number(a.descriptor.row['seq']) - Number(b.descriptor.row['seq']),
  );
  return db.transaction('rw', db.audit, db.settings, async () => {
    const last = await db.audit.orderBy(':id').last();
    if (mode === 'fresh' || !last) {
      await db.audit.bulkPut(sorted.map((r) => ({ seq: Number(r.descriptor.row['seq']), sealed: r.sealed })));
      if (head) await db.settings.put({ key: AUDIT_HEAD, sealed: head.sealed });
      return { added: sorted.length, divergedAfter: null };
    }
    const backupLast = sorted.at(-1);
    if (!backupLast) return { added: 0, divergedAfter: null };
    const backupLastSeq = Number(backupLast.descriptor.row['seq']);
    const anchorSeq = Math.min(last.seq, backupLastSeq);
    const ours = await db.audit.get(anchorSeq);
    const theirs = sorted.find((r) => Number(r.descriptor.row['seq']) === anchorSeq);
    if (!ours || !theirs || !sameBytes(ours.sealed, theirs.sealed)) {
      return { added: 0, divergedAfter: findDivergence(sorted, await db.audit.toArray()) };
    }
    const later = sorted.filter((r) => Number(r.descriptor.row['seq']) > last.seq);
    // Later entries without the backup's head would leave this vault's head behind its trail (a
    // rolled-back head): the backup's trail was cut, so none is grafted on.
    if (later.length > 0 && !head) return { added: 0, divergedAfter: last.seq };
    if (later.length > 0) {
      await db.audit.bulkAdd(later.map((r) => ({ seq: Number(r.descriptor.row['seq']), sealed: r.sealed })));
      if (head) await db.settings.put({ key: AUDIT_HEAD, sealed: head.sealed });
    }
    return { added: later.length, divergedAfter: null };
  });
}

function findDivergence(
  backup: readonly BackupRecord[],
  ours: readonly { seq: number; sealed: Uint8Array }[],
): number {
  const mine = new Map(ours.map((r) => [r.seq, r.sealed]));
  let agreed = 0;
  for (const r of backup) {
    const seq = Number(r.descriptor.row['seq']);
    const row = mine.get(seq);
    if (!row || !sameBytes(row, r.sealed)) break;
    agreed = seq;
  }
  return agreed;
}

/**
 * Removes restored rows that failed their backup's authentication once the vault could check it
 * (a fresh restore checks after the unlock): a row whose links were altered is not kept to be shown.
 */
export async function removeRestoredRecords(descriptors: readonly RecordDescriptor[]): Promise<number> {
  if (descriptors.length === 0) return 0;
  const db = vaultDatabase();
  const names = [...new Set(descriptors.map((d) => d.table))];
  return db.transaction(
    'rw',
    names.map((name) => table(db, name)),
    async () => {
      for (const name of names) {
        const keys = descriptors.filter((d) => d.table === name).map(primaryKey);
        await table(db, name).bulkDelete(keys);
      }
      return descriptors.length;
    },
  );
}
