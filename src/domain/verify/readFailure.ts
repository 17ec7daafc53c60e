import { errorMessage } from '../text/errorMessage';
/**
 * Why a file's bytes could not be hashed. A ZIP entry whose data does not decode to what the archive
 * declares (CRC-32, inflate error, size, a decompression bomb) was read and found damaged: that is an
 * altered file, not an absent one. A file the browser could not read at all (moved, changed on disk,
 * permission) is unreadable: its content is unknown, so it is neither missing nor altered.
 */
export interface ReadFailure {
  readonly error: string;
  readonly damaged?: boolean;
}

/** The name a damaged-content error carries, so the distinction survives a worker boundary. */
export const DAMAGED_CONTENT = 'DamagedContentError';

/** Re-labels an error raised while decoding a ZIP entry's data as damaged content. */
export function damagedContent(error: unknown): Error {
  const out = new Error(errorMessage(error));
  out.name = DAMAGED_CONTENT;
  return out;
}

/**
 * True for an error raised by decoding an entry (a plain Error from the ZIP reader), false for the
 * browser failing to read the underlying file (a DOMException such as NotReadableError, or the reader's
 * own FileReadFailed that puts it in words) or a cancel.
 */
export function isDecodeError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'AbortError' || error.name === 'FileReadFailed') return false;
  return !(typeof DOMException !== 'undefined' && error instanceof DOMException);
}

export function readFailureOf(error: unknown): ReadFailure {
  const message = errorMessage(error);
  return error instanceof Error && error.name === DAMAGED_CONTENT
    ? { error: message, damaged: true }
    : { error: message };
}
