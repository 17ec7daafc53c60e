import type { BackupSource } from '../../domain/backup';
import { errorMessage } from '../../domain/text/errorMessage';

/**
 * The parts of the File System Access API used for writing (not in TypeScript's DOM library yet).
 * Chromium-based browsers have them; elsewhere a file backup falls back to a download and the folder
 * actions say they need such a browser.
 */
type SavePicker = (options: {
  suggestedName: string;
  types?: { description: string; accept: Record<string, string[]> }[];
}) => Promise<FileSystemFileHandle>;
type WritableDirectoryPicker = (options: {
  mode: 'readwrite';
  id?: string;
}) => Promise<FileSystemDirectoryHandle>;

export function savePicker(): SavePicker | undefined {
  const f = (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  return typeof f === 'function' ? f.bind(window) : undefined;
}

export function writableDirectoryPicker(): WritableDirectoryPicker | undefined {
  const f = (window as unknown as { showDirectoryPicker?: WritableDirectoryPicker }).showDirectoryPicker;
  return typeof f === 'function' ? f.bind(window) : undefined;
}

/** A person closing a picker is not an error to report. */
export function isPickerCancel(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

async function folderOf(root: FileSystemDirectoryHandle, parts: readonly string[], create: boolean) {
  let dir = root;
  for (const name of parts) dir = await dir.getDirectoryHandle(name, { create });
  return dir;
}

function split(path: string): { dirs: string[]; name: string } {
  const parts = path.split('/');
  const name = parts.pop() ?? '';
  return { dirs: parts, name };
}

/**
 * Writes a whole file. A writable stream replaces the file only when closed, so an interrupted write
 * leaves the old file (or none), never a half-written one.
 */
export async function writeFileAt(
  root: FileSystemDirectoryHandle,
  path: string,
  content: Uint8Array | string,
): Promise<void> {
  const { dirs, name } = split(path);
  const dir = await folderOf(root, dirs, true);
  const handle = await dir.getFileHandle(name, { create: true });
  const writable = await handle.createWritable();
  try {
    await writable.write(content as Uint8Array<ArrayBuffer> | string);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw new Error(`Could not write ${path}: ${errorMessage(error)}`);
  }
}

/** A file's bytes, or null when it is not there. */
export async function readFileAt(root: FileSystemDirectoryHandle, path: string): Promise<Uint8Array | null> {
  try {
    const { dirs, name } = split(path);
    const dir = await folderOf(root, dirs, false);
    const file = await (await dir.getFileHandle(name)).getFile();
    return new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    if (
      error instanceof DOMException &&
      (error.name === 'NotFoundError' || error.name === 'TypeMismatchError')
    ) {
      return null;
    }
    throw error;
  }
}

export async function removeFileAt(root: FileSystemDirectoryHandle, path: string): Promise<void> {
  const { dirs, name } = split(path);
  try {
    const dir = await folderOf(root, dirs, false);
    await dir.removeEntry(name);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'NotFoundError')) throw error;
  }
}

/** Random access to a chosen backup file without reading it whole. */
export function blobSource(blob: Blob): BackupSource {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}
