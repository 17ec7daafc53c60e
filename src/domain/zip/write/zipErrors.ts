import { errorMessage } from '../../text/errorMessage';
/**
 * Reading an entry's data failed. The writer left that entry out of the central directory (the bytes
 * already written stay as unreferenced space, which every reader skips) and can go on with the next one.
 */
export class ZipEntrySourceError extends Error {
  constructor(
    readonly entryName: string,
    cause: unknown,
  ) {
    super(`Could not read "${entryName}" (${errorMessage(cause)}); it was left out of the ZIP.`, { cause });
    this.name = 'ZipEntrySourceError';
  }
}

/** The ZIP cannot be completed (the output failed, the job was cancelled, or the writer was misused). */
export class ZipWriterError extends Error {
  constructor(message: string, cause?: unknown) {
    super(cause === undefined ? message : `${message}: ${errorMessage(cause)}`, { cause });
    this.name = 'ZipWriterError';
  }
}
