/**
 * Web Locks that serialise the vault's life-cycle across every tab of this browser profile. The lock is
 * released by the browser when its tab closes or crashes, so a killed tab never leaves it held.
 *
 * The lock alone is not trusted: a browser without navigator.locks, or a bug, must still never let a
 * stale screen overwrite a vault, so every write also checks the state it expects inside its own
 * transaction (lifecycleRepository.ts). The lock makes those checks meet a settled state instead of
 * failing half-way through a long restore.
 */
export const LIFECYCLE_LOCK = 'imaging-vault/lifecycle';
/** Held (shared) by every running import; the orphan sweep needs it exclusively, so it never races one. */
export const IMPORT_LOCK = 'imaging-vault/import';

function lockManager(): LockManager | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

/** Runs `work` holding the life-cycle lock: create, restore, delete, passphrase change, clearing, sweeping. */
export async function withLifecycleLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  if (!locks) return work();
  return locks.request(LIFECYCLE_LOCK, { mode: 'exclusive' }, () => work());
}

/** Runs an import holding the import lock in shared mode: imports in several tabs may run together. */
export async function withImportLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  if (!locks) return work();
  return locks.request(IMPORT_LOCK, { mode: 'shared' }, () => work());
}

/**
 * Runs `work` only when no import is running in any tab (it holds the import lock exclusively while it
 * runs, so none can start either); returns null without waiting when one is.
 */
export async function whenNoImportRuns<T>(work: () => Promise<T>): Promise<T | null> {
  const locks = lockManager();
  if (!locks) return work();
  return locks.request(IMPORT_LOCK, { mode: 'exclusive', ifAvailable: true }, (lock) =>
    lock ? work() : null,
  );
}

/** True while some tab holds the life-cycle lock (e.g. a restore still running there). */
export async function lifecycleLockHeld(): Promise<boolean> {
  const locks = lockManager();
  if (!locks) return false;
  const state = await locks.query();
  return (state.held ?? []).some((lock) => lock.name === LIFECYCLE_LOCK);
}
