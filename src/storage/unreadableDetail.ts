import { RecordOpenError } from '../crypto/errors';

/** The record is named by whoever shows the damage; the detail says only why. */
export function unreadableDetail(error: unknown): string {
  if (error instanceof RecordOpenError) return error.reason;
  return error instanceof Error ? error.message : String(error);
}
