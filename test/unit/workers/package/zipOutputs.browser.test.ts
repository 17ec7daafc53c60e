import { afterEach, describe, expect, it } from 'vitest';
import { toHex } from '../../../../src/domain/bytes/hex';
import { pageZipOutput } from '../../../../workers/package/pageZipOutput';
import type { OpenedOutput } from '../../../../workers/package/packageOutput';
import { openZipFile } from '../../../../workers/package/zipFileOutput';

async function* bytesOf(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

async function writeSmallBag(output: OpenedOutput): Promise<void> {
  await output.sink.write('bagit.txt', bytesOf('BagIt-Version: 1.0\n'), { size: 19, compress: true });
  await output.sink.write('data/DICOM/0001', bytesOf('dicom bytes'), { size: 11, compress: false });
  await output.sink.finish();
  await output.commit();
}

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
}

const TEST_FILE = 'zip-output-test.zip';

describe('ZIP outputs (in Chromium)', () => {
  afterEach(async () => {
    const opfs = await navigator.storage.getDirectory();
    await opfs.removeEntry(TEST_FILE).catch(() => undefined);
  });

  it('a ZIP written into a picked file is fingerprinted by the SHA-256 of exactly its bytes', async () => {
    const handle = await (await navigator.storage.getDirectory()).getFileHandle(TEST_FILE, { create: true });
    const output = await openZipFile(handle, 'Package_1', new AbortController().signal);
    await writeSmallBag(output);
    const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(new TextDecoder().decode(bytes)).toContain('Package_1/data/DICOM/0001');
    expect(output.zipSha256?.()).toBe(await sha256(bytes));
  });

  it('discarding a ZIP into a file the picker just created removes that file', async () => {
    const dir = await navigator.storage.getDirectory();
    const handle = await dir.getFileHandle(TEST_FILE, { create: true });
    const output = await openZipFile(handle, 'Package_1', new AbortController().signal);
    await output.sink.write('bagit.txt', bytesOf('BagIt-Version: 1.0\n'), { size: 19, compress: true });
    expect(await output.discard()).toBeUndefined();
    await expect(dir.getFileHandle(TEST_FILE)).rejects.toThrow();
  });

  it('a ZIP handed back to the page arrives whole, in batches, with the same fingerprint', async () => {
    const chunks: Uint8Array[] = [];
    const output = await pageZipOutput(
      async (chunk) => void chunks.push(chunk),
      'Package_1',
      new AbortController().signal,
    );
    await writeSmallBag(output);
    const whole = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      whole.set(chunk, at);
      at += chunk.length;
    }
    expect(Array.from(whole.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(output.zipSha256?.()).toBe(await sha256(whole));
    expect(await output.discard()).toBeUndefined();
  });
});
