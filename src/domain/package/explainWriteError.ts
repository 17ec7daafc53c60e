import { errorMessage } from '../text/errorMessage';
/** The first DOMException in an error's cause chain: the ZIP and bag writers wrap the output's errors. */
function domCause(error: unknown): DOMException | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth++) {
    if (e instanceof DOMException) return e;
    e = e instanceof Error ? e.cause : undefined;
  }
  return undefined;
}

/**
 * A sentence a person can act on for a failed export: a full disk and a refused permission are the common
 * ones (DESIGN.md: "a full disk ... a clear message that names the file or cause").
 */
export function explainWriteError(error: unknown): string {
  const detail = errorMessage(error);
  switch (domCause(error)?.name) {
    case 'QuotaExceededError':
      return `The disk is full: there is not enough free space for the package. Free some space or choose another drive. (${detail})`;
    case 'NotAllowedError':
    case 'SecurityError':
      return `Permission to write there was refused. Choose a folder you may write to, and allow the browser to save there. (${detail})`;
    case 'NoModificationAllowedError':
      return `The file is locked (another program may have it open). Close it or choose another name. (${detail})`;
    case 'NotFoundError':
      return `The chosen file or folder was moved or deleted while the package was being written. (${detail})`;
    case 'InvalidStateError':
      return `The file or folder changed while the package was being written. Try again. (${detail})`;
    default:
      return detail;
  }
}
