import { folderBagSink, type WriteFile } from '../../src/domain/package/bagSink';
import { errorMessage } from '../../src/domain/text/errorMessage';
import type { OpenedOutput } from './packageOutput';

function isNotFound(error: unknown): boolean {
  return (
    error instanceof DOMException && (error.name === 'NotFoundError' || error.name === 'TypeMismatchError')
  );
}

/**
 * The package as a folder named packageName inside the folder the person picked (showDirectoryPicker).
 * Refuses to write into an existing folder of that name, so nothing of theirs is ever overwritten; on
 * failure the whole new folder is removed.
 */
export async function openFolder(
  root: FileSystemDirectoryHandle,
  packageName: string,
): Promise<OpenedOutput> {
  const exists = await root.getDirectoryHandle(packageName).then(
    () => true,
    (error: unknown) => {
      if (isNotFound(error)) return false;
      throw error;
    },
  );
  if (exists) {
    throw new Error(`The chosen folder already holds a folder named ${packageName}. Choose another place.`);
  }
  const top = await root.getDirectoryHandle(packageName, { create: true });
  const folders = new Map<string, Promise<FileSystemDirectoryHandle>>([['', Promise.resolve(top)]]);
  const folder = (parts: readonly string[]): Promise<FileSystemDirectoryHandle> => {
    const key = parts.join('/');
    let found = folders.get(key);
    if (!found) {
      found = folder(parts.slice(0, -1)).then((parent) =>
        parent.getDirectoryHandle(parts[parts.length - 1] ?? '', { create: true }),
      );
      folders.set(key, found);
    }
    return found;
  };
  const writeFile: WriteFile = async (path, data) => {
    const parts = path.split('/');
    const name = parts.pop() ?? '';
    const dir = await folder(parts);
    const file = await dir.getFileHandle(name, { create: true });
    const writable = await file.createWritable();
    try {
      for await (const chunk of data) await writable.write(chunk as Uint8Array<ArrayBuffer>);
      await writable.close();
    } catch (error) {
      await writable.abort().catch(() => undefined);
      await dir.removeEntry(name).catch(() => undefined);
      throw error;
    }
  };
  return {
    sink: folderBagSink(writeFile),
    commit: async () => undefined,
    discard: async () => {
      try {
        await root.removeEntry(packageName, { recursive: true });
        return undefined;
      } catch (error) {
        return `The partial folder ${packageName} could not be removed (${errorMessage(error)}); delete it yourself.`;
      }
    },
  };
}
