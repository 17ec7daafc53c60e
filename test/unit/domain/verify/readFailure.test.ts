import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { streamChunks } from '../../../../src/domain/bytes/streamChunks';
import { damagedContent, isDecodeError, verifyBag } from '../../../../src/domain/verify';
import { openZipEntry, readCentralDirectory } from '../../../../src/domain/zip/read';
import { checkPackage } from '../../../../src/verify-page/checkPackage';
import { filesOfZip } from '../../../../src/verify-page/packageFiles';
import { digester, enc, makeBag, viewOf } from './memoryBag';

const payload = { 'data/a.dcm': 'first file', 'data/b.txt': 'second file' };
const verdicts = (r: Awaited<ReturnType<typeof verifyBag>>) =>
  Object.fromEntries(r.files.map((f) => [f.path, f.verdict]));

describe('a file whose bytes could not be hashed', () => {
  it('is unreadable, never missing, when the browser could not read it', async () => {
    const files = makeBag(payload);
    const r = await verifyBag(viewOf(files), async (job) => {
      if (job.path === 'data/b.txt') throw new DOMException('The file changed on disk.', 'NotReadableError');
      return digester(files)(job);
    });
    expect(verdicts(r)).toMatchObject({ 'data/a.dcm': 'ok', 'data/b.txt': 'unreadable' });
    expect(r.counts.missing).toBe(0);
    expect(r.counts.unreadable).toBe(1);
    expect(r.verdict).toBe('incomplete');
    expect(r.files.find((f) => f.path === 'data/b.txt')?.reason).toBe(
      'data/b.txt is present but could not be read: The file changed on disk.',
    );
  });

  it('is altered (damaged), never missing, when its data decoded wrongly', async () => {
    const files = makeBag(payload);
    const r = await verifyBag(viewOf(files), async (job) => {
      if (job.path === 'data/a.dcm') throw damagedContent(new Error('its CRC-32 does not match'));
      return digester(files)(job);
    });
    expect(verdicts(r)).toMatchObject({ 'data/a.dcm': 'altered', 'data/b.txt': 'ok' });
    expect(r.verdict).toBe('complete-but-altered');
    expect(r.errors.find((e) => e.file === 'data/a.dcm')?.code).toBe('damaged');
  });
});

describe('a ZIP whose file cannot be read midway through an entry', () => {
  it('fails with a read failure, which the verifiers count as unreadable, not as damaged', async () => {
    const zip = new File([zipSync({ 'pkg/a.txt': [enc('x'.repeat(1000)), { level: 0 }] })], 'p.zip');
    const [entry] = (await readCentralDirectory(zip)).entries;
    if (!entry) throw new Error('no entry');
    // The disc was removed after the local header was read: every later read fails as browsers fail it.
    const unplugged = {
      size: zip.size,
      slice: (start: number, end: number) =>
        start > entry.localHeaderOffset
          ? { arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) }
          : zip.slice(start, end),
    } as unknown as Blob;
    let failure: unknown;
    try {
      for await (const chunk of streamChunks(openZipEntry(unplugged, entry))) void chunk;
    } catch (error) {
      failure = error;
    }
    expect((failure as Error).message).toMatch(/^ZIP entry "pkg\/a\.txt" could not be read: /);
    expect(isDecodeError(failure)).toBe(false);
  });
});

describe('the package verify page on a ZIP with a damaged entry', () => {
  it('names the entry failing its CRC-32 as altered, not missing', async () => {
    const files = makeBag(payload);
    const entries = Object.fromEntries(
      [...files].map(([path, bytes]) => [`pkg/${path}`, [bytes, { level: 0 }] as const]),
    );
    const zip = zipSync(entries as unknown as Parameters<typeof zipSync>[0]);
    // Stored (level 0), so the entry's bytes appear verbatim: flip one of them behind the CRC's back.
    const text = enc('first file');
    const at = indexOf(zip, text);
    expect(at).toBeGreaterThan(0);
    zip[at] = zip[at]! ^ 0x01;
    const pkg = await filesOfZip(new File([zip], 'pkg.zip'));
    const r = await checkPackage(pkg, () => undefined);
    const damaged = r.files.find((f) => f.path === 'data/a.dcm');
    expect(damaged?.verdict).toBe('altered');
    expect(damaged?.reason).toMatch(/damaged.*CRC-32/);
    expect(r.counts.missing).toBe(0);
  });
});

describe('the package verify page on a ZIP entry it cannot open', () => {
  it('calls an encrypted entry unreadable, neither missing nor altered', async () => {
    const files = makeBag(payload);
    const entries = Object.fromEntries(
      [...files].map(([path, bytes]) => [`pkg/${path}`, [bytes, { level: 0 }] as const]),
    );
    const zip = zipSync(entries as unknown as Parameters<typeof zipSync>[0]);
    // Set the "encrypted" flag of data/b.txt's central directory record (signature PK\x01\x02, flags at +8).
    const name = enc('pkg/data/b.txt');
    const at = Buffer.from(zip).lastIndexOf(Buffer.from(name)) - 46;
    expect([zip[at], zip[at + 1], zip[at + 2], zip[at + 3]]).toEqual([0x50, 0x4b, 0x01, 0x02]);
    zip[at + 8] = zip[at + 8]! | 0x01;
    const r = await checkPackage(await filesOfZip(new File([zip], 'pkg.zip')), () => undefined);
    const entry = r.files.find((f) => f.path === 'data/b.txt');
    expect(entry?.verdict).toBe('unreadable');
    expect(entry?.reason).toMatch(/encrypted/);
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
