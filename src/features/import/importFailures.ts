import { explainReadFailure } from '../../domain/bytes/readFailure';
import { errorMessage } from '../../domain/text/errorMessage';

/** Why a file could not be read, as the unreadable list shows it. */
export function readFailure(error: unknown): string {
  return `could not be read: ${explainReadFailure(error)}`;
}

/** Why writing to the vault stopped the import, with what a person can do about it. */
export function storageFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const message = errorMessage(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return 'The device’s storage for this app is full. Everything imported before this point is safe in the vault; free some space (or delete studies you no longer need) and import again to finish.';
  }
  return `Storing in the vault failed: ${message}. Everything imported before this point is safe; import again to finish.`;
}
