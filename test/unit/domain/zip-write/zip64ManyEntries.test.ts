import { describe, expect, it } from 'vitest';
import { createZipWriter } from '../../../../src/domain/zip/write/zipWriter';
import { checkWithAllReaders } from './zipTools';
import { saveArchive, tempDir } from './testSinks';

const dir = tempDir('zip64-count-');
const ENTRIES = 70_000; // above the 65,535 a classic end record can count

describe('ZIP64 by entry count', () => {
  it('writes more than 65,535 entries that unzip, 7z and Python all count and check', async () => {
    const chunks: Uint8Array[] = [];
    const writer = createZipWriter(async (c) => void chunks.push(c), { modified: new Date(2020, 0, 2) });
    const encoder = new TextEncoder();
    for (let i = 0; i < ENTRIES; i++) {
      const name = `Pkg/data/${String(Math.floor(i / 1000)).padStart(3, '0')}/${i}`;
      await writer.add(name, encoder.encode(String(i)), { method: i % 2 ? 'deflate' : 'store' });
    }
    const summary = await writer.finish();
    expect(summary.entryCount).toBe(ENTRIES);
    const view = await checkWithAllReaders(saveArchive(dir, 'many.zip', Buffer.concat(chunks)), false);
    expect(view.zip64End).toBe(true);
    expect(view.entries).toHaveLength(ENTRIES);
    expect(view.entries.at(-1)?.name).toBe(`Pkg/data/069/${ENTRIES - 1}`);
    expect(view.entries.at(-1)?.file_size).toBe(String(ENTRIES - 1).length);
  });
});
