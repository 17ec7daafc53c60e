/** The File System Access pickers (Chromium-based browsers; not yet in TypeScript's DOM library). */
interface PickerWindow {
  showSaveFilePicker?: (options: {
    suggestedName?: string;
    types?: { description: string; accept: Record<string, string[]> }[];
  }) => Promise<FileSystemFileHandle>;
  showDirectoryPicker?: (options: { mode: 'readwrite'; id?: string }) => Promise<FileSystemDirectoryHandle>;
}

const pickers = () => window as unknown as PickerWindow;

export function canPickFile(): boolean {
  return typeof pickers().showSaveFilePicker === 'function';
}

export function canPickFolder(): boolean {
  return typeof pickers().showDirectoryPicker === 'function';
}

/** Asks where to save the ZIP. Must run in the click that asked for it (browsers require a gesture). */
export function pickZipFile(suggestedName: string): Promise<FileSystemFileHandle> {
  const pick = pickers().showSaveFilePicker;
  if (!pick) throw new Error('This browser cannot ask where to save a file.');
  return pick.call(window, {
    suggestedName,
    types: [{ description: 'ZIP archive', accept: { 'application/zip': ['.zip'] } }],
  });
}

export function pickFolder(): Promise<FileSystemDirectoryHandle> {
  const pick = pickers().showDirectoryPicker;
  if (!pick) throw new Error('This browser cannot write into a folder; choose the ZIP file instead.');
  return pick.call(window, { mode: 'readwrite', id: 'imaging-vault-packages' });
}

/** The person closed the picker: not an error, just nothing to do. */
export function isPickerCancel(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
