import type { PickedFile } from '../../ui/files';

/**
 * Files another screen (Verify) hands to the Import page: it starts importing them when it opens, so a
 * verified package goes into the vault through the one import path, with its progress and summary.
 */
let pending: readonly PickedFile[] | null = null;

export function queueImport(files: readonly PickedFile[]): void {
  pending = files;
}

export function takePendingImport(): readonly PickedFile[] | null {
  const files = pending;
  pending = null;
  return files;
}
