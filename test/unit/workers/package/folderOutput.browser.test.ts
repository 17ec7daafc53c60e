import { afterEach, describe, expect, it } from 'vitest';
import { openFolder } from '../../../../workers/package/folderOutput';

const info = { size: undefined, compress: false };

async function* bytesOf(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

async function* failingAfter(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
  throw new Error('the original could not be read');
}

async function readText(dir: FileSystemDirectoryHandle, path: string): Promise<string> {
  const parts = path.split('/');
  const name = parts.pop() ?? '';
  let at = dir;
  for (const part of parts) at = await at.getDirectoryHandle(part);
  return (await (await at.getFileHandle(name)).getFile()).text();
}

/** Whether `dir` holds a file or folder called `name`. */
async function holds(dir: FileSystemDirectoryHandle, name: string): Promise<boolean> {
  const found = (get: Promise<unknown>) =>
    get.then(
      () => true,
      () => false,
    );
  return (await found(dir.getFileHandle(name))) || (await found(dir.getDirectoryHandle(name)));
}

/** The origin-private file system stands in for the folder the person picked (same handle API). */
async function freshRoot(): Promise<FileSystemDirectoryHandle> {
  const opfs = await navigator.storage.getDirectory();
  await opfs.removeEntry('folder-output-test', { recursive: true }).catch(() => undefined);
  return opfs.getDirectoryHandle('folder-output-test', { create: true });
}

describe('openFolder (File System Access, in Chromium)', () => {
  afterEach(async () => {
    const opfs = await navigator.storage.getDirectory();
    await opfs.removeEntry('folder-output-test', { recursive: true }).catch(() => undefined);
  });

  it('writes the bag into a new folder of that name, nested folders included', async () => {
    const root = await freshRoot();
    const output = await openFolder(root, 'Package_1');
    await output.sink.write('bagit.txt', bytesOf('BagIt-Version: 1.0\n'), info);
    await output.sink.write('data/DICOM/0001', bytesOf('dicom'), info);
    expect(await output.sink.finish()).toEqual({ bytes: 24 });
    await output.commit();
    const folder = await root.getDirectoryHandle('Package_1');
    expect(await holds(folder, 'bagit.txt')).toBe(true);
    expect(await readText(folder, 'data/DICOM/0001')).toBe('dicom');
    expect(output.zipSha256).toBeUndefined();
  });

  it('refuses a folder that already exists, so nothing of the person’s is overwritten', async () => {
    const root = await freshRoot();
    await root.getDirectoryHandle('Package_1', { create: true });
    await expect(openFolder(root, 'Package_1')).rejects.toThrow(/already holds a folder named Package_1/);
  });

  it('leaves no partial file when a stream fails, and discard removes the whole folder', async () => {
    const root = await freshRoot();
    const output = await openFolder(root, 'Package_1');
    await output.sink.write('bagit.txt', bytesOf('BagIt-Version: 1.0\n'), info);
    await expect(output.sink.write('data/broken', failingAfter('part'), info)).rejects.toThrow(
      'the original could not be read',
    );
    const folder = await root.getDirectoryHandle('Package_1');
    expect(await readText(folder, 'bagit.txt')).toBe('BagIt-Version: 1.0\n');
    expect(await holds(await folder.getDirectoryHandle('data'), 'broken')).toBe(false);
    expect(await output.discard()).toBeUndefined();
    expect(await holds(root, 'Package_1')).toBe(false);
  });
});
