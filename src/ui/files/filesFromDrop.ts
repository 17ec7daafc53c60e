import { byPath, type PickedFile } from './pickedFile';

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Everything under one dropped entry; a directory reader hands out its children in batches until empty. */
async function walk(entry: FileSystemEntry, path: string, out: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    out.push({ path, file: await fileOf(entry as FileSystemFileEntry) });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
    for (const child of batch) await walk(child, `${path}/${child.name}`, out);
  }
}

/**
 * The files and folders of a drop, folders walked to the bottom. The entries are taken synchronously,
 * before the first await, because a DataTransfer is emptied once its event handler returns. Items are not
 * filtered on `kind === 'file'`: a drop made through the DevTools protocol reports kind '' and an empty
 * `files` list (seen in Chromium: `item.kind` is '' and `dataTransfer.files` is empty), yet its entries
 * are real.
 */
export async function filesFromDrop(dataTransfer: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(dataTransfer.items, (item) => item.webkitGetAsEntry?.() ?? null).filter(
    (e): e is FileSystemEntry => e !== null,
  );
  const loose = Array.from(dataTransfer.files);
  const out: PickedFile[] = [];
  if (entries.length === 0) {
    for (const file of loose) out.push({ path: file.name, file });
    return byPath(out);
  }
  for (const entry of entries) await walk(entry, entry.name, out);
  return byPath(out);
}
