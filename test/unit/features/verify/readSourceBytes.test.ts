import { describe, expect, it } from 'vitest';
import { readCentralDirectory } from '../../../../src/domain/zip/read';
import { readSourceBytes } from '../../../../src/features/verify/readSourceBytes';
import { lyingAboutSize, zeros, zipOf } from '../../support/bombs';

describe('readSourceBytes', () => {
  it('refuses a bag manifest in a ZIP that lies about its size, naming it, without expanding it', async () => {
    const manifest = new TextEncoder().encode(`${'0'.repeat(64)}  data/IM1.dcm\n`);
    const bag = zipOf({
      'pkg/manifest-sha256.txt': new Uint8Array([...manifest, ...zeros(24 * 1024 * 1024)]),
    });
    const zip = new Blob([lyingAboutSize(bag, manifest.length)]);
    const [entry] = (await readCentralDirectory(zip)).entries;
    await expect(
      readSourceBytes({ kind: 'zip-entry', zip, entry: entry! }, 'pkg/manifest-sha256.txt'),
    ).rejects.toThrow(
      `ZIP entry "pkg/manifest-sha256.txt" expands far beyond its declared size of ${manifest.length} bytes: refused as a decompression bomb.`,
    );
  });

  it('reads an honest one', async () => {
    const text = new TextEncoder().encode('BagIt-Version: 1.0\n');
    const zip = new Blob([zipOf({ 'pkg/bagit.txt': text })]);
    const [entry] = (await readCentralDirectory(zip)).entries;
    const bytes = await readSourceBytes({ kind: 'zip-entry', zip, entry: entry! }, 'pkg/bagit.txt');
    expect(new TextDecoder().decode(bytes)).toBe('BagIt-Version: 1.0\n');
  });
});
