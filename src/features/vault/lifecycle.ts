import { withLifecycleLock } from '../../storage/lifecycleLock';
import { LifecycleConflictError, type LifecycleConflict } from '../../storage/lifecycleRepository';
import { t, type MessageKey } from '../../ui/i18n/catalog';

const CONFLICT_MESSAGES: Record<LifecycleConflict, MessageKey> = {
  'vault-exists': 'lifecycle.conflict.vaultExists',
  'no-vault': 'lifecycle.conflict.noVault',
  'restore-pending': 'lifecycle.conflict.restorePending',
  'other-vault': 'lifecycle.conflict.otherVault',
  'keys-changed': 'lifecycle.conflict.keysChanged',
  'other-backup': 'lifecycle.conflict.otherBackup',
};

/** A life-cycle conflict said for a person: what happened elsewhere and that nothing was overwritten. */
export class LifecycleError extends Error {
  constructor(readonly conflict: LifecycleConflict) {
    super(t(CONFLICT_MESSAGES[conflict]));
    this.name = 'LifecycleError';
  }
}

export function conflictOf(error: unknown): LifecycleConflict | null {
  if (error instanceof LifecycleError || error instanceof LifecycleConflictError) return error.conflict;
  return null;
}

/**
 * Runs a life-cycle operation (create, restore, delete, passphrase change, clearing, sweeping) under
 * the one life-cycle lock, turning a state conflict found inside its transaction into a named reason.
 * Never nest: Web Locks are not re-entrant.
 */
export async function runLifecycle<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await withLifecycleLock(work);
  } catch (error) {
    if (error instanceof LifecycleConflictError) throw new LifecycleError(error.conflict);
    throw error;
  }
}
