import { byPath, type DirectoryHandleLike, type PickedFile } from './pickedFile';

/**
 * Every file under a directory handle (showDirectoryPicker, or a dropped folder's getAsFileSystemHandle),
 * with paths starting at the folder's own name. Sub-folders are read as found; cancel with `signal`.
 */
export async function filesFromDirectoryHandle(
  handle: FileSystemDirectoryHandle | DirectoryHandleLike,
  signal?: AbortSignal,
): Promise<PickedFile[]> {
  // TypeScript's DOM library types values() only with DOM.AsyncIterable, which this project leaves out.
  const root = handle as DirectoryHandleLike;
  const out: PickedFile[] = [];
  const walk = async (dir: DirectoryHandleLike, prefix: string): Promise<void> => {
    for await (const child of dir.values()) {
      signal?.throwIfAborted();
      const path = `${prefix}/${child.name}`;
      if (child.kind === 'directory') await walk(child, path);
      else out.push({ path, file: await child.getFile() });
    }
  };
  await walk(root, root.name);
  return byPath(out);
}
