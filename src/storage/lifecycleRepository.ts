import type { IndexableType, Table, Transaction } from 'dexie';
import type { VaultKeyMaterial } from '../crypto/vaultKeys';
import { BACKUP_TABLES } from '../domain/backup';
import { vaultDatabase, type VaultDatabase } from './db';
import { KEY_MATERIAL, restoreKeyMaterial } from './vaultMetaRepository';

/**
 * The writes that create, replace or clear a whole vault. Each one checks, inside the very transaction
 * that writes, that the browser is still in the state the operation was started for: a screen left open
 * in another tab (or a tab that never heard the news) then fails with a named reason instead of
 * overwriting or wiping a vault made meanwhile. Callers also hold the life-cycle lock (lifecycleLock.ts).
 */

/** The meta row that says a restore into this (vault-less) profile started and has not finished. */
export const RESTORE_MARKER = 'restore-in-progress';
export const RESTORE_MARKER_VERSION = 1;

export type LifecycleConflict =
  /** Key material exists: a vault was created or restored here (perhaps in another tab). */
  | 'vault-exists'
  /** The operation needs a vault and there is none (it was never made, or another tab discarded it). */
  | 'no-vault'
  /** A restore into this profile started and did not finish: it must be resumed or discarded first. */
  | 'restore-pending'
  /** The vault here is not the one the operation was started for. */
  | 'other-vault'
  /** The key record changed since the operation read it (a passphrase change in another tab). */
  | 'keys-changed'
  /** Resuming a restore with a backup other than the one it started from. */
  | 'other-backup';

export class LifecycleConflictError extends Error {
  constructor(readonly conflict: LifecycleConflict) {
    super(`The vault’s state changed: ${conflict}.`);
    this.name = 'LifecycleConflictError';
  }
}

/**
 * Written first by a fresh restore, removed in the transaction that finally stores the key material.
 * It cannot be sealed: the only key it could be sealed with is the restored vault's, which is unusable
 * until someone unlocks it, and the restore must be resumable before that. It is bound instead: it
 * carries the restored vault's wrapped key material (public by design, see VaultKeyMaterial) and the
 * backup's date, and finishing or resuming refuses any key material or backup that is not exactly that.
 * Someone able to edit the database could forge a marker, but that gains nothing: it only offers to
 * resume or discard rows that no key here can open.
 */
export interface RestoreMarker {
  readonly version: typeof RESTORE_MARKER_VERSION;
  readonly vaultId: string;
  readonly backupCreatedAt: string;
  readonly startedAt: string;
  /** The backup's file or folder name, to tell the person which one to choose again. */
  readonly source: string;
  readonly material: VaultKeyMaterial;
}

export interface LifecycleState {
  readonly hasVault: boolean;
  /** Present only when there is no vault: an unfinished fresh restore. */
  readonly marker: RestoreMarker | null;
  /** The marker row exists but cannot be read: still unfinished, but only discarding is possible. */
  readonly markerDamaged: boolean;
}

function allTables(db: VaultDatabase): Table<unknown, IndexableType>[] {
  return [db.meta, ...BACKUP_TABLES.map((name) => db[name])].map(
    (t) => t as unknown as Table<unknown, IndexableType>,
  );
}

function readMarker(value: unknown): RestoreMarker | null {
  const m = value as Partial<RestoreMarker> | null;
  if (!m || typeof m !== 'object' || m.version !== RESTORE_MARKER_VERSION) return null;
  if (typeof m.vaultId !== 'string' || typeof m.backupCreatedAt !== 'string') return null;
  if (typeof m.startedAt !== 'string' || typeof m.source !== 'string') return null;
  try {
    const material = restoreKeyMaterial(m.material);
    return material.vaultId === m.vaultId ? { ...(m as RestoreMarker), material } : null;
  } catch {
    return null;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The same vault with the same wraps: the key record was not replaced or re-wrapped since it was read. */
export function sameKeyMaterial(a: VaultKeyMaterial, b: VaultKeyMaterial): boolean {
  return (
    a.vaultId === b.vaultId &&
    sameBytes(a.keyId, b.keyId) &&
    sameBytes(a.kdf.salt, b.kdf.salt) &&
    sameBytes(a.passphraseWrap.ciphertext, b.passphraseWrap.ciphertext) &&
    sameBytes(a.recoveryWrap.ciphertext, b.recoveryWrap.ciphertext) &&
    sameBytes(a.canary, b.canary)
  );
}

export async function readLifecycleState(): Promise<LifecycleState> {
  const db = vaultDatabase();
  return db.transaction('r', db.meta, async () => {
    const [keys, marker] = await Promise.all([db.meta.get(KEY_MATERIAL), db.meta.get(RESTORE_MARKER)]);
    if (keys) return { hasVault: true, marker: null, markerDamaged: false };
    const read = marker ? readMarker(marker.value) : null;
    return { hasVault: false, marker: read, markerDamaged: marker !== undefined && read === null };
  });
}

async function rowCount(db: VaultDatabase): Promise<number> {
  const counts = await Promise.all(allTables(db).map((t) => t.count()));
  return counts.reduce((a, b) => a + b, 0);
}

/** Inside a transaction over every table: empties them, allowed only because no key material was found. */
async function clearProfile(db: VaultDatabase, tx: Transaction): Promise<number> {
  if (await tx.table('meta').get(KEY_MATERIAL)) throw new LifecycleConflictError('vault-exists');
  const removed = await rowCount(db);
  for (const t of allTables(db)) await t.clear();
  return removed;
}

/**
 * Stores a new vault's key material. `add`, not `put`, and only into a profile checked here to hold no
 * vault and no unfinished restore; rows left without any key material (nothing can open them) are
 * cleared in the same transaction, so the new vault starts from verified-empty tables.
 */
export async function storeNewVault(material: VaultKeyMaterial): Promise<{ clearedLeftovers: number }> {
  const db = vaultDatabase();
  return db.transaction('rw', allTables(db), async (tx) => {
    if (await db.meta.get(KEY_MATERIAL)) throw new LifecycleConflictError('vault-exists');
    if (await db.meta.get(RESTORE_MARKER)) throw new LifecycleConflictError('restore-pending');
    const clearedLeftovers = (await rowCount(db)) > 0 ? await clearProfile(db, tx) : 0;
    await db.meta.add({ key: KEY_MATERIAL, value: material });
    return { clearedLeftovers };
  });
}

/**
 * Re-wrapped key material (a passphrase change) replaces the stored record only if that record is still
 * exactly the one the change started from.
 */
export async function replaceKeyMaterial(expected: VaultKeyMaterial, next: VaultKeyMaterial): Promise<void> {
  const db = vaultDatabase();
  await db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(KEY_MATERIAL);
    if (!row) throw new LifecycleConflictError('no-vault');
    const current = restoreKeyMaterial(row.value);
    if (current.vaultId !== next.vaultId) throw new LifecycleConflictError('other-vault');
    if (!sameKeyMaterial(current, expected)) throw new LifecycleConflictError('keys-changed');
    await db.meta.put({ key: KEY_MATERIAL, value: next });
  });
}

/**
 * Starts a fresh restore, or resumes the unfinished one when this is the same backup: checks there is
 * no vault, then writes the marker before any row. Starting clears whatever rows the profile holds
 * (no key material: checked here); resuming keeps what was written. Another backup while one restore is
 * unfinished is refused: mixing two backups' rows could mix up two vaults.
 */
export async function beginFreshRestore(marker: RestoreMarker): Promise<'started' | 'resumed'> {
  const db = vaultDatabase();
  return db.transaction('rw', allTables(db), async (tx) => {
    if (await db.meta.get(KEY_MATERIAL)) throw new LifecycleConflictError('vault-exists');
    const existing = await db.meta.get(RESTORE_MARKER);
    if (existing) {
      const open = readMarker(existing.value);
      if (!open) throw new LifecycleConflictError('restore-pending');
      const same =
        sameKeyMaterial(open.material, marker.material) && open.backupCreatedAt === marker.backupCreatedAt;
      if (!same) throw new LifecycleConflictError('other-backup');
      return 'resumed';
    }
    await clearProfile(db, tx);
    await db.meta.add({ key: RESTORE_MARKER, value: marker });
    return 'started';
  });
}

/** What a batch of restored rows expects to find, checked in the batch's own transaction. */
export type RestoreExpectation =
  | { readonly mode: 'fresh'; readonly material: VaultKeyMaterial }
  | { readonly mode: 'merge'; readonly vaultId: string };

/** Call inside a transaction that includes `meta`. */
export async function checkRestoreExpectation(db: VaultDatabase, expect: RestoreExpectation): Promise<void> {
  const keys = await db.meta.get(KEY_MATERIAL);
  if (expect.mode === 'merge') {
    if (!keys) throw new LifecycleConflictError('no-vault');
    if (restoreKeyMaterial(keys.value).vaultId !== expect.vaultId) {
      throw new LifecycleConflictError('other-vault');
    }
    return;
  }
  if (keys) throw new LifecycleConflictError('vault-exists');
  const row = await db.meta.get(RESTORE_MARKER);
  const marker = row ? readMarker(row.value) : null;
  // Discarded meanwhile (or never begun): writing on would leave rows no marker accounts for.
  if (!marker) throw new LifecycleConflictError('no-vault');
  if (!sameKeyMaterial(marker.material, expect.material)) throw new LifecycleConflictError('other-vault');
}

/**
 * The last step of a fresh restore: the key material (the marker's, nothing else) is added and the
 * marker removed in one transaction, so the vault appears whole or not at all.
 */
export async function finishFreshRestore(material: VaultKeyMaterial): Promise<void> {
  const db = vaultDatabase();
  await db.transaction('rw', db.meta, async () => {
    await checkRestoreExpectation(db, { mode: 'fresh', material });
    await db.meta.add({ key: KEY_MATERIAL, value: material });
    await db.meta.delete(RESTORE_MARKER);
  });
}

/**
 * Discards an unfinished restore ("back to a new vault", or "discard" after a crash): clears every table,
 * but only after checking here that the profile still has no key material. Returns the rows removed.
 */
export async function discardUnfinishedRestore(): Promise<number> {
  const db = vaultDatabase();
  return db.transaction('rw', allTables(db), (tx) => clearProfile(db, tx));
}

/** Call inside a transaction that includes `meta`: the vault here is still the one unlocked. */
export async function checkVaultIs(db: VaultDatabase, vaultId: string): Promise<void> {
  await checkRestoreExpectation(db, { mode: 'merge', vaultId });
}
