/** Random access to a backup's bytes (a File through Blob.slice, a buffer in tests). */
export interface BackupSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export function bytesSource(bytes: Uint8Array): BackupSource {
  return {
    size: bytes.length,
    read: (offset, length) =>
      Promise.resolve(bytes.subarray(offset, Math.min(bytes.length, offset + length))),
  };
}

/** What could not be restored, and why, in words a person reads. */
export interface BackupProblem {
  /** The record's key when known (see recordKey), so the app can name the file or study it belongs to. */
  readonly key?: string | undefined;
  readonly what: string;
  readonly reason: string;
}
