import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withSha256 } from '../../../../src/domain/zip/write/hashingSink';
import { createZipWriter } from '../../../../src/domain/zip/write/zipWriter';
import { ZipEntrySourceError, ZipWriterError } from '../../../../src/domain/zip/write/zipErrors';
import { checkWithAllReaders, type PythonEntry } from './zipTools';
import { inChunks, memorySink, noise, saveArchive, tempDir } from './testSinks';

const dir = tempDir('zip-write-');
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const text = (s: string) => new TextEncoder().encode(s);
const byName = (entries: PythonEntry[]) => new Map(entries.map((e) => [e.name, e]));

/** DOS time keeps local fields with 2-second resolution: derived from the Date, not from our encoder. */
function expectedDateTime(d: Date): number[] {
  return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds() & ~1];
}

describe('createZipWriter', () => {
  it('writes a classic archive that unzip, 7z and Python read back byte for byte', async () => {
    const when = new Date(2024, 6, 15, 13, 45, 37);
    const report = text('Radiology report — Ünïcödé\n'.repeat(20_000));
    const dicom = noise(300_000, 7);
    const files: [string, Uint8Array, 'store' | 'deflate'][] = [
      ['Pkg/data/README.txt', report, 'deflate'],
      ['Pkg/data/DICOM/IM000001', dicom, 'store'],
      ['Pkg/data/empty-stored', new Uint8Array(0), 'store'],
      ['Pkg/data/empty.txt', new Uint8Array(0), 'deflate'],
      ['Pkg/data/noise.txt', noise(70_000, 3), 'deflate'],
      ['Pkg/données/é.txt', text('accents\n'), 'deflate'],
    ];
    const out = memorySink();
    const writer = createZipWriter(out.sink, { modified: when });
    const results = [];
    for (const [name, bytes, method] of files) {
      results.push(await writer.add(name, inChunks(bytes, 65_536), { method, size: bytes.length }));
    }
    // Before 1980 a DOS date cannot go: APPNOTE's earliest, 1980-01-01 00:00:00, is used.
    await writer.add('Pkg/old.txt', text('old'), { modified: new Date(1975, 3, 1, 12, 0, 0) });
    results.push(await writer.add('Pkg/blob.bin', new Blob([dicom.subarray(0, 1000)])));
    results.push(
      await writer.add('Pkg/stream.bin', new Blob([dicom.subarray(0, 5000)]).stream(), { size: 5000 }),
    );
    const summary = await writer.finish();
    const archive = out.bytes();
    expect(summary).toEqual({ entryCount: 9, bytesWritten: archive.length });
    expect(out.overlapped()).toBe(false);

    const view = await checkWithAllReaders(saveArchive(dir, 'classic.zip', archive));
    const seen = byName(view.entries);
    expect(view.zip64End).toBe(false);
    expect(seen.get('Pkg/old.txt')?.date_time).toEqual([1980, 1, 1, 0, 0, 0]);
    for (const [name, bytes, method] of [
      ...files,
      ['Pkg/blob.bin', dicom.subarray(0, 1000), 'store'] as const,
      ['Pkg/stream.bin', dicom.subarray(0, 5000), 'store'] as const,
    ]) {
      const entry = seen.get(name);
      expect(entry, name).toBeDefined();
      expect(entry?.sha256).toBe(sha256(bytes));
      expect(entry?.file_size).toBe(bytes.length);
      expect(entry?.compress_type).toBe(method === 'store' ? 0 : 8);
      expect(entry?.flag_bits).toBe(0x808);
      expect(entry?.extra).toBe('');
      expect(entry?.date_time).toEqual(expectedDateTime(when));
      const result = results.find((r) => r.name === name);
      expect(result).toMatchObject({ crc32: entry?.CRC, compressedSize: entry?.compress_size, zip64: false });
      expect(result?.offset).toBe(entry?.header_offset);
    }
    // Text actually shrank; stored data did not change size.
    expect(seen.get('Pkg/data/README.txt')!.compress_size).toBeLessThan(report.length / 10);
    expect(seen.get('Pkg/data/DICOM/IM000001')!.compress_size).toBe(dicom.length);
  });

  it('writes correct ZIP64 records when forced by low limits (sizes, offsets, entry count)', async () => {
    const out = memorySink();
    const writer = createZipWriter(out.sink, { zip64Limits: { bytes: 5000, entries: 4 } });
    const contents = [
      noise(12_000, 1),
      noise(100, 2),
      text('x'.repeat(9000)),
      noise(4999, 4),
      noise(5000, 5),
    ];
    const methods = ['store', 'store', 'deflate', 'store', 'store'] as const;
    for (const [i, bytes] of contents.entries()) {
      // The first two sizes are hinted honestly; the others are left unknown (declared ZIP64 up front).
      const size = i < 2 ? bytes.length : undefined;
      await writer.add(`big/${i}.bin`, inChunks(bytes, 3000), { method: methods[i], size });
    }
    await writer.finish();
    const view = await checkWithAllReaders(saveArchive(dir, 'forced64.zip', out.bytes()));
    expect(view.zip64End).toBe(true);
    expect(view.entries).toHaveLength(contents.length);
    for (const [i, entry] of view.entries.entries()) {
      expect(entry.sha256).toBe(sha256(contents[i]!));
      // 0x0001 extra present exactly when a size was declared or reached the limit, or the offset did.
      const sized = i !== 1;
      const offsetOver = entry.header_offset >= 5000;
      expect(entry.extra.startsWith('0100'), `entry ${i} extra ${entry.extra}`).toBe(sized || offsetOver);
    }
    expect(view.entries[1]!.header_offset).toBeGreaterThan(5000);
  });

  it('keeps an archive classic when only the local header declared ZIP64 (unknown size)', async () => {
    const out = memorySink();
    const writer = createZipWriter(out.sink);
    const bytes = noise(10_000, 9);
    const result = await writer.add('unknown-size.bin', inChunks(bytes, 4096));
    await writer.finish();
    expect(result.zip64).toBe(true);
    const view = await checkWithAllReaders(saveArchive(dir, 'unknown.zip', out.bytes()));
    expect(view.zip64End).toBe(false);
    expect(view.entries[0]!.sha256).toBe(sha256(bytes));
  });

  it('leaves out an entry whose source fails and goes on with the rest', async () => {
    const out = memorySink();
    const writer = createZipWriter(out.sink);
    await writer.add('a.txt', text('first\n'), { method: 'deflate' });
    async function* broken() {
      yield noise(2000, 1);
      throw new Error('disc read error');
    }
    const failure = writer.add('broken.dcm', broken(), { size: 4000 });
    await expect(failure).rejects.toBeInstanceOf(ZipEntrySourceError);
    await expect(failure).rejects.toThrow(/broken\.dcm.*disc read error/);
    await writer.add('c.bin', noise(3000, 2));
    // The name is free again: a retry may use it.
    await writer.add('broken.dcm', noise(4000, 1));
    await writer.finish();
    const view = await checkWithAllReaders(saveArchive(dir, 'skipped.zip', out.bytes()));
    expect(view.entries.map((e) => e.name)).toEqual(['a.txt', 'c.bin', 'broken.dcm']);
    expect(view.entries[2]!.sha256).toBe(sha256(noise(4000, 1)));
  });

  it('stops for good when the output fails, naming the entry', async () => {
    let calls = 0;
    const writer = createZipWriter(async () => {
      if (++calls === 4) throw new Error('No space left on device');
    });
    await writer.add('one', text('1'));
    await expect(writer.add('two', text('2'))).rejects.toThrow(/"two".*No space left/);
    await expect(writer.add('three', text('3'))).rejects.toBeInstanceOf(ZipWriterError);
    await expect(writer.finish()).rejects.toThrow(/failed earlier/);
  });

  it('refuses unsafe or duplicate names without harming the archive', async () => {
    const out = memorySink();
    const writer = createZipWriter(out.sink);
    for (const bad of ['', '/etc/passwd', 'a/../b', 'C:/x', 'a\\b', 'dir/', 'a\nb']) {
      await expect(writer.add(bad, text('x')), JSON.stringify(bad)).rejects.toBeInstanceOf(ZipWriterError);
    }
    await writer.add('ok.txt', text('x'));
    await expect(writer.add('ok.txt', text('y'))).rejects.toThrow(/already holds/);
    await writer.finish();
    const view = await checkWithAllReaders(saveArchive(dir, 'names.zip', out.bytes()));
    expect(view.entries.map((e) => e.name)).toEqual(['ok.txt']);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const writer = createZipWriter(async () => undefined, { signal: controller.signal });
    async function* slow() {
      yield noise(10, 1);
      controller.abort();
      yield noise(10, 2);
    }
    await expect(writer.add('x', slow(), { size: 20 })).rejects.toThrow(/abort/i);
    await expect(writer.add('y', text('y'))).rejects.toThrow(/cancelled/);
  });

  it('passes stored chunks straight through and fingerprints exactly the written bytes', async () => {
    const out = memorySink();
    const hashing = await withSha256(out.sink);
    const writer = createZipWriter(hashing.sink);
    const big = noise(1_000_000, 5);
    await writer.add('big.bin', inChunks(big, 100_000), { size: big.length });
    const { bytesWritten } = await writer.finish();
    // No chunk is larger than what the source gave: the entry was never gathered in memory.
    expect(Math.max(...out.chunks.map((c) => c.length))).toBeLessThanOrEqual(100_000);
    expect(hashing.bytes()).toBe(bytesWritten);
    expect(hashing.digest()).toBe(sha256(out.bytes()));
  });
});
