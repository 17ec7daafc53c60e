import { errorMessage } from '../text/errorMessage';
/**
 * Why a picked or dropped file could not be read, in words a person can act on. The browser's own
 * messages ("NotReadableError: The requested file could not be read, typically due to permission problems
 * that have occurred after a reference to a file was acquired.", "Failed to fetch") name neither the cause
 * nor what to do. Phrased to follow "could not be read: "; the caller names the file.
 */
export function explainReadFailure(error: unknown): string {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const message = errorMessage(error);
  if (error instanceof FileReadFailed) return error.cause;
  if (name === 'NotReadableError')
    return 'it was changed, moved or deleted after it was chosen, or its disc or drive was removed; choose it again';
  if (name === 'NotFoundError') return 'it is no longer there: it was moved or deleted after it was chosen';
  if (name === 'SecurityError' || name === 'NotAllowedError')
    return 'the browser no longer allows reading it; choose it again';
  if (/failed to fetch|networkerror|load failed/i.test(message))
    return 'the browser gave no reason (it may have been changed or removed after it was chosen); choose it again';
  return message;
}

/** A Blob read that failed, its cause already put in words. */
export class FileReadFailed extends Error {
  override readonly name = 'FileReadFailed';
  override readonly cause: string;
  constructor(cause: string) {
    super(`could not be read: ${cause}`);
    this.cause = cause;
  }
}

/** A Blob's bytes (or a slice's); a failure is a FileReadFailed that says why. */
export async function readBlob(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return new Uint8Array(await blob.arrayBuffer());
  } catch (error) {
    throw new FileReadFailed(explainReadFailure(error));
  }
}
