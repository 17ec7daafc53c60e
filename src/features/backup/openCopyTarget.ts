import { batchingSink } from '../../domain/zip/write/batchingSink';
import { createZipWriter } from '../../domain/zip/write/zipWriter';
import { openStreamedDownload } from '../../protocol/streamedDownloadPage';
import { downloadBlob } from '../../ui/download';
import { isPickerCancel, writableDirectoryPicker, writeFileAt } from './fileSystem';

/**
 * Where an open copy goes: a folder the person picks (browsers with a folder picker), or one ZIP download
 * where the browser cannot write into a folder (Firefox, Safari). Paths are the copy's own
 * (`Medical_Scans/...`); the ZIP holds exactly the files the folder would.
 */
export interface OpenCopyTarget {
  /** What the person sees: the folder's name, or the ZIP's. */
  readonly name: string;
  write(path: string, content: Uint8Array | string): Promise<void>;
  finish(): Promise<void>;
  abort(reason: string): void;
}

/** The folder the person picks; null when the picker was closed. */
export async function openCopyFolder(): Promise<OpenCopyTarget | null> {
  const picker = writableDirectoryPicker();
  if (!picker) throw new Error('This browser cannot write to a folder: download the open copy as a ZIP.');
  let chosen: FileSystemDirectoryHandle;
  try {
    chosen = await picker({ mode: 'readwrite', id: 'imaging-vault-open-copy' });
  } catch (error) {
    if (isPickerCancel(error)) return null;
    throw error;
  }
  return {
    name: chosen.name,
    write: (path, content) => writeFileAt(chosen, path, content),
    finish: async () => undefined,
    abort: () => undefined,
  };
}

export function openCopyZipName(now: Date): string {
  return `Imaging-Vault-open-copy-${now.toISOString().slice(0, 10)}.zip`;
}

/** Batches a streamed download hands to the service worker: 1 MiB, as the package downloads use. */
const DOWNLOAD_BATCH = 1024 * 1024;
const encoder = new TextEncoder();

/**
 * One ZIP of the copy (DICOM stored, text deflated), streamed through the service worker when it
 * controls the page, else gathered as Blob parts the browser may keep on disk.
 */
export function openCopyZip(now = new Date()): OpenCopyTarget {
  const name = openCopyZipName(now);
  const streamed = openStreamedDownload(name);
  const parts: Blob[] = [];
  const out = batchingSink(async (chunk) => {
    if (streamed) await streamed.write(chunk);
    else parts.push(new Blob([chunk]));
  }, DOWNLOAD_BATCH);
  const zip = createZipWriter(out.sink, { modified: now });
  return {
    name,
    async write(path, content) {
      const bytes = typeof content === 'string' ? encoder.encode(content) : content;
      await zip.add(path, bytes, {
        method: typeof content === 'string' ? 'deflate' : 'store',
        size: bytes.length,
      });
    },
    async finish() {
      await zip.finish();
      await out.flush();
      if (streamed) streamed.close();
      else downloadBlob(new Blob(parts, { type: 'application/zip' }), name);
    },
    abort(reason) {
      streamed?.abort(reason);
    },
  };
}
