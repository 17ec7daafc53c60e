import { describe, expect, it } from 'vitest';
import { INFLATE_PIECE } from '../../../../src/domain/inflate';
import { openZipEntry, readCentralDirectory, unzipStream } from '../../../../src/domain/zip/read';
import { lyingAboutSize, overlappingEntries, zeros, zipOf } from '../../support/bombs';
import { errorMessage } from '../../../../src/domain/text/errorMessage';

const MIB = 1024 * 1024;
const OVERSHOOT = INFLATE_PIECE * 1032;

/** Reads a stream to its end or its error, counting what arrived before it failed. */
async function consume(stream: ReadableStream<Uint8Array>): Promise<{ bytes: number; error?: string }> {
  const reader = stream.getReader();
  let bytes = 0;
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.length;
    return { bytes };
  } catch (e) {
    return { bytes, error: errorMessage(e) };
  }
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

describe('ZIP entries that expand too far', () => {
  it('an entry lying about its size is stopped just past what it declares', async () => {
    const zip = new Blob([lyingAboutSize(zipOf({ 'scan/IM1.dcm': zeros(24 * MIB) }), 2000)]);
    const [entry] = (await readCentralDirectory(zip)).entries;
    const got = await consume(openZipEntry(zip, entry!));
    expect(got.error).toBe(
      'ZIP entry "scan/IM1.dcm" expands far beyond its declared size of 2000 bytes: refused as a decompression bomb.',
    );
    expect(got.bytes).toBeLessThanOrEqual(2000 + OVERSHOOT);
  });

  it('an honest entry a thousand times its compressed size is refused at the ratio limit', async () => {
    const zip = new Blob([zipOf({ 'huge.bin': zeros(48 * MIB) })]);
    expect(zip.size).toBeLessThan(MIB);
    const [entry] = (await readCentralDirectory(zip)).entries;
    const got = await consume(openZipEntry(zip, entry!));
    expect(got.error).toMatch(
      /^ZIP entry "huge\.bin" expands more than 128 times its compressed size \([\d.]+ MiB from its first \d+ KiB\): refused as a decompression bomb\.$/,
    );
    expect(got.bytes).toBeLessThanOrEqual(32 * MIB + OVERSHOOT);
  });

  it('the streaming reader stops a lying entry too', async () => {
    const zip = lyingAboutSize(zipOf({ 'a.txt': zeros(24 * MIB) }), 10);
    for await (const entry of unzipStream(once(zip))) {
      const got = await consume(entry.stream);
      expect(got.error).toMatch(/"a\.txt" expands far beyond its declared size of 10 bytes/);
      expect(got.bytes).toBeLessThanOrEqual(10 + OVERSHOOT);
    }
  });

  it('a bag manifest that lies about its size is refused with the entry named', async () => {
    const manifest = new TextEncoder().encode(`${'0'.repeat(64)}  data/x.dcm\n`.repeat(1));
    const bag = zipOf({
      'pkg/bagit.txt': new TextEncoder().encode('BagIt-Version: 1.0\n'),
      'pkg/manifest-sha256.txt': new Uint8Array([...manifest, ...zeros(8 * MIB)]),
    });
    const zip = new Blob([lyingAboutSize(bag, manifest.length)]);
    const entries = (await readCentralDirectory(zip)).entries;
    const manifestEntry = entries.find((e) => e.path === 'pkg/manifest-sha256.txt')!;
    const got = await consume(openZipEntry(zip, manifestEntry));
    expect(got.error).toMatch(/"pkg\/manifest-sha256\.txt" expands far beyond its declared size/);
    expect(got.bytes).toBeLessThanOrEqual(manifest.length + OVERSHOOT);
  });
});

describe('ZIP structures no writer produces', () => {
  it('refuses entries that share their data (the overlapping-entry bomb)', async () => {
    const zip = new Blob([overlappingEntries(zipOf({ 'kernel.bin': zeros(MIB) }), 30)]);
    await expect(readCentralDirectory(zip)).rejects.toThrow(
      /This ZIP is refused: entries "kernel\.b.." and "kernel\.b.." overlap \(a ZIP-bomb construction\)/,
    );
  });

  it('refuses a directory record that points its data into the central directory', async () => {
    const bytes = zipOf({ 'a.txt': new TextEncoder().encode('hello hello hello') });
    const end = bytes.length - 22;
    const dirAt = new DataView(bytes.buffer).getUint32(end + 16, true);
    new DataView(bytes.buffer).setUint32(dirAt + 20, 5000, true); // compressed size far too large
    await expect(readCentralDirectory(new Blob([bytes]))).rejects.toThrow(
      /entry "a\.txt" runs into the central directory/,
    );
  });

  it('refuses a central directory that runs into its own end record', async () => {
    const bytes = zipOf({ 'a.txt': new TextEncoder().encode('hello') });
    const end = bytes.length - 22;
    const view = new DataView(bytes.buffer);
    view.setUint32(end + 12, view.getUint32(end + 12, true) + 10, true);
    await expect(readCentralDirectory(new Blob([bytes]))).rejects.toThrow(/runs into the end record/);
  });

  it('refuses an entry count that cannot fit in the directory', async () => {
    const bytes = zipOf({ 'a.txt': new TextEncoder().encode('hello') });
    const end = bytes.length - 22;
    new DataView(bytes.buffer).setUint16(end + 10, 60_000, true);
    await expect(readCentralDirectory(new Blob([bytes]))).rejects.toThrow(
      /claims 60000 entries, which cannot fit in its \d+-byte directory/,
    );
  });

  it('flags a stored entry whose two sizes disagree, and still reads the others', async () => {
    const bytes = zipOf(
      { 'a.txt': new TextEncoder().encode('hello'), 'b.txt': new TextEncoder().encode('ok') },
      0,
    );
    const end = bytes.length - 22;
    const dirAt = new DataView(bytes.buffer).getUint32(end + 16, true);
    new DataView(bytes.buffer).setUint32(dirAt + 24, 1_000_000, true);
    const entries = (await readCentralDirectory(new Blob([bytes]))).entries;
    expect(entries[0]?.problem).toMatch(/stored uncompressed, yet claims 1000000 bytes from 5 stored bytes/);
    expect(entries[1]?.problem).toBeUndefined();
  });
});
