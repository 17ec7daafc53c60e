/**
 * A file chosen by a person, with where it sits: '/'-separated, relative, its first segment being the
 * chosen or dropped folder's own name (like File.webkitRelativePath); a loose file is just its name.
 */
export interface PickedFile {
  readonly path: string;
  readonly file: File;
}

/** The parts of the File System Access API used here (not yet in TypeScript's DOM library). */
export interface DirectoryHandleLike {
  readonly kind: 'directory';
  readonly name: string;
  values(): AsyncIterable<DirectoryHandleLike | FileHandleLike>;
}

export interface FileHandleLike {
  readonly kind: 'file';
  readonly name: string;
  getFile(): Promise<File>;
}

export type ShowDirectoryPicker = (options?: { mode?: 'read' }) => Promise<DirectoryHandleLike>;

/** The browser's folder picker where it has one (Chromium-based browsers), else undefined. */
export function directoryPicker(): ShowDirectoryPicker | undefined {
  const candidate = (window as unknown as { showDirectoryPicker?: ShowDirectoryPicker }).showDirectoryPicker;
  return typeof candidate === 'function' ? candidate.bind(window) : undefined;
}

/** Stable order (by path) whatever order the file system listed things in. */
export function byPath(files: PickedFile[]): PickedFile[] {
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
