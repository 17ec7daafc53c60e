import { RecordOpenError } from '../crypto/errors';
import { errorMessage } from '../domain/text/errorMessage';

/** The record is named by whoever shows the damage; the detail says only why. */
export function unreadableDetail(error: unknown): string {
  if (error instanceof RecordOpenError) return error.reason;
  return errorMessage(error);
}
