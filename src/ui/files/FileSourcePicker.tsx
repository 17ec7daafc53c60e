import { createSignal, Show } from 'solid-js';
import './fileSourcePicker.css';
import { filesFromDirectoryHandle } from './filesFromDirectoryHandle';
import { filesFromDrop } from './filesFromDrop';
import { filesFromInput } from './filesFromInput';
import { directoryPicker, type PickedFile } from './pickedFile';

export interface FileSourcePickerLabels {
  /** The zone's accessible name, e.g. "Package to verify". */
  readonly zone: string;
  readonly chooseFolder: string;
  readonly chooseFiles: string;
  /** The line inside the zone, e.g. "or drop a folder or ZIP here". */
  readonly dropHint: string;
  /** Shown while a folder is being listed. */
  readonly reading: string;
}

export interface FileSourcePickerProps {
  readonly onFiles: (files: PickedFile[]) => void;
  readonly labels: FileSourcePickerLabels;
  /** Offer "Choose files" (several at once) beside "Choose folder". Default true. */
  readonly allowFiles?: boolean;
  /** Offer "Choose folder". Default true. */
  readonly allowFolder?: boolean;
  /** The files input's accept list, e.g. ".zip,.txt". */
  readonly accept?: string;
  readonly disabled?: boolean;
  /** A folder or drop that could not be read (permission, vanished file); cancelling the picker is not one. */
  readonly onError?: (error: unknown) => void;
}

/**
 * The shared way to bring files in: "Choose folder" (the File System Access picker where the browser has
 * one, else `<input webkitdirectory>`), "Choose files", and a drop zone for folders and files. The zone
 * itself cannot be operated by keyboard, so its two buttons are its keyboard path; both inputs stay in
 * the page (hidden) so tests and assistive tools can set files on them directly.
 */
export function FileSourcePicker(props: FileSourcePickerProps) {
  let folderInput: HTMLInputElement | undefined;
  let filesInput: HTMLInputElement | undefined;
  const [dragging, setDragging] = createSignal(false);
  const [reading, setReading] = createSignal(false);

  const deliver = async (read: () => Promise<PickedFile[]> | PickedFile[]) => {
    setReading(true);
    try {
      const files = await read();
      if (files.length > 0) props.onFiles(files);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) props.onError?.(error);
    } finally {
      setReading(false);
    }
  };

  const chooseFolder = () => {
    const picker = directoryPicker();
    if (!picker) {
      folderInput?.click();
      return;
    }
    void deliver(async () => filesFromDirectoryHandle(await picker({ mode: 'read' })));
  };

  const fromInput = (input: HTMLInputElement) => {
    const list = input.files;
    if (list && list.length > 0) {
      const files = filesFromInput(list);
      void deliver(() => files);
    }
    input.value = '';
  };

  const busy = () => props.disabled || reading();

  return (
    <div
      class="file-source"
      classList={{ dragging: dragging(), busy: busy() }}
      role="group"
      aria-label={props.labels.zone}
      aria-busy={reading() ? true : undefined}
      onDragEnter={(e) => {
        e.preventDefault();
        if (!busy()) setDragging(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = busy() ? 'none' : 'copy';
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        if (busy() || !e.dataTransfer) return;
        // Started synchronously: the DataTransfer is emptied once this handler returns.
        const files = filesFromDrop(e.dataTransfer);
        void deliver(() => files);
      }}
    >
      <svg class="file-source-icon" viewBox="0 0 24 24" aria-hidden="true" width="40" height="40">
        <path
          d="M3 6.5A2.5 2.5 0 0 1 5.5 4h4l2 2.5h7A2.5 2.5 0 0 1 21 9v8.5a2.5 2.5 0 0 1-2.5 2.5h-13A2.5 2.5 0 0 1 3 17.5z"
          fill="none"
          stroke="currentColor"
          stroke-width="1.6"
          stroke-linejoin="round"
        />
        <path d="M12 10v6m-3-3 3-3 3 3" fill="none" stroke="currentColor" stroke-width="1.6" />
      </svg>
      <div class="file-source-buttons">
        <Show when={props.allowFolder !== false}>
          <button type="button" class="button primary" disabled={busy()} onClick={chooseFolder}>
            {props.labels.chooseFolder}
          </button>
        </Show>
        <Show when={props.allowFiles !== false}>
          <button type="button" class="button" disabled={busy()} onClick={() => filesInput?.click()}>
            {props.labels.chooseFiles}
          </button>
        </Show>
      </div>
      <p class="file-source-hint" aria-live="polite">
        {reading() ? props.labels.reading : props.labels.dropHint}
      </p>
      <input
        ref={folderInput}
        type="file"
        hidden
        tabIndex={-1}
        data-testid="folder-input"
        aria-label={props.labels.chooseFolder}
        {...{ webkitdirectory: true }}
        onChange={(e) => fromInput(e.currentTarget)}
      />
      <input
        ref={filesInput}
        type="file"
        hidden
        multiple
        tabIndex={-1}
        data-testid="files-input"
        aria-label={props.labels.chooseFiles}
        accept={props.accept}
        onChange={(e) => fromInput(e.currentTarget)}
      />
    </div>
  );
}
