import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Unzip, UnzipInflate } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openZipEntry, readCentralDirectory, unzipStream } from '../../../../src/domain/zip/read';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zip-read-'));
  execFileSync('/usr/bin/python3', [join(__dirname, 'makeZips.py'), dir]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const file = (name: string) => new Uint8Array(readFileSync(join(dir, name)));

/** The archive as a stream of small chunks, to cross every record boundary. */
async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of stream as unknown as AsyncIterable<Uint8Array>) parts.push(c);
  return new Uint8Array(Buffer.concat(parts));
}

/** What `unzip -p` (Info-ZIP, an independent reader) extracts for each entry. */
function expectedEntries(name: string): Map<string, string> {
  const listing = execFileSync('unzip', ['-Z1', join(dir, name)], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  return new Map(
    listing.map((entry) => [
      entry,
      sha(execFileSync('unzip', ['-p', join(dir, name), entry], { maxBuffer: 1 << 26 })),
    ]),
  );
}

const ARCHIVES = [
  'py-seek-store-z64.zip',
  'py-seek-deflate-z64.zip',
  'py-seek-store-plain.zip',
  'py-seek-deflate-plain.zip',
  'py-stream-store-z64.zip',
  'py-stream-deflate-z64.zip',
  'py-stream-store-plain.zip',
  'py-stream-deflate-plain.zip',
  'infozip-dd.zip',
  'infozip-z64.zip',
  'infozip-store.zip',
  'infozip-stdin.zip',
];

describe('unzipStream', () => {
  it.each(ARCHIVES)('streams every entry of %s byte-exact', async (name) => {
    const want = expectedEntries(name);
    for (const chunk of [7, 4096, 1 << 20]) {
      const got = new Map<string, string>();
      for await (const entry of unzipStream(chunked(file(name), chunk)))
        got.set(entry.path, sha(await readAll(entry.stream)));
      expect(got).toEqual(want);
    }
  });

  it('skips entries the caller does not read, without expanding them', async () => {
    const seen: string[] = [];
    let last = '';
    for await (const entry of unzipStream(chunked(file('py-stream-deflate-z64.zip'), 1000))) {
      seen.push(entry.path);
      if (entry.path === 'pkg/text.txt') last = sha(await readAll(entry.stream));
    }
    expect(seen).toEqual(['pkg/data/trap.bin', 'pkg/empty.txt', 'pkg/text.txt']);
    expect(last).toBe(sha(file('text.txt')));
  });

  it('refuses unsafe names with a reason and goes on with the next entry', async () => {
    const problems: [string, string | undefined][] = [];
    let after = '';
    for await (const entry of unzipStream(chunked(file('unsafe.zip'), 64))) {
      problems.push([entry.path, entry.problem]);
      if (entry.path === 'ok/after.txt') after = new TextDecoder().decode(await readAll(entry.stream));
      else await expect(readAll(entry.stream)).rejects.toThrow(/was not read: its name is unsafe/);
    }
    expect(
      problems.map(
        ([p, why]) =>
          `${p}: ${why === undefined ? 'ok' : why.split(':')[1]?.trim().split(' ').slice(0, 3).join(' ')}`,
      ),
    ).toEqual([
      '../evil.txt: it contains a',
      '/etc/evil.txt: it is an',
      'C:/evil.txt: it starts with',
      'dir\\evil.txt: it contains a',
      'ok/after.txt: ok',
    ]);
    expect(after).toBe('still read');
  });

  it('names the entry whose data is damaged', async () => {
    const bytes = file('py-seek-store-plain.zip');
    const at = Buffer.from(bytes).indexOf(Buffer.from(file('trap.bin').subarray(100, 132)));
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    const errors: string[] = [];
    for await (const entry of unzipStream(chunked(bytes, 4096)))
      await readAll(entry.stream).catch((e: Error) => errors.push(e.message));
    expect(errors).toEqual([
      'ZIP entry "pkg/data/trap.bin" is damaged: its CRC-32 does not match the archive\'s.',
    ]);
  });

  // Why unzipStream frames entries itself: fflate 0.8.3's Unzip ends a data-descriptor entry at the first
  // ZIP signature inside its bytes. If a future fflate fixes this, this test says so.
  it('documents the fflate Unzip limitation it works around', () => {
    const lengths: (() => number)[] = [];
    const unzip = new Unzip((f) => {
      let n = 0;
      f.ondata = (_err, data) => (n += data?.length ?? 0);
      f.start();
      lengths.push(() => n);
    });
    unzip.register(UnzipInflate);
    unzip.push(file('py-stream-store-z64.zip'), true);
    // Cut at the first "PK\x07\x08" inside trap.bin, and the entries after it are never seen.
    expect(lengths.map((n) => n())).toEqual([file('trap.bin').indexOf(0x50, 30000)]);
  });
});

describe('readCentralDirectory + openZipEntry', () => {
  it.each(ARCHIVES)('reads every entry of %s through the directory', async (name) => {
    const blob = new Blob([file(name)]);
    const zipDir = await readCentralDirectory(blob);
    const got = new Map<string, string>();
    for (const entry of zipDir.entries) got.set(entry.path, sha(await readAll(openZipEntry(blob, entry))));
    expect(got).toEqual(expectedEntries(name));
    expect(zipDir.warnings).toEqual([]);
    const sizes = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        'import zipfile,sys; print(*[i.file_size for i in zipfile.ZipFile(sys.argv[1]).infolist()])',
        join(dir, name),
      ],
      { encoding: 'utf8' },
    );
    expect(zipDir.entries.map((e) => e.size).join(' ')).toBe(sizes.trim());
  });

  it('reads a ZIP64 directory of more than 65,535 entries', async () => {
    const zipDir = await readCentralDirectory(new Blob([file('many.zip')]));
    const count = Number(
      execFileSync(
        '/usr/bin/python3',
        [
          '-c',
          `import zipfile,sys; print(len(zipfile.ZipFile(sys.argv[1]).infolist()))`,
          join(dir, 'many.zip'),
        ],
        { encoding: 'utf8' },
      ),
    );
    expect(zipDir.entries.length).toBe(count);
    expect(zipDir.zip64).toBe(true);
    expect(zipDir.entries.at(-1)?.path).toBe('f/65999');
  });

  it('flags unsafe names and still lists the rest', async () => {
    const zipDir = await readCentralDirectory(new Blob([file('unsafe.zip')]));
    expect(zipDir.entries.filter((e) => e.problem).map((e) => e.path)).toEqual([
      '../evil.txt',
      '/etc/evil.txt',
      'C:/evil.txt',
      'dir\\evil.txt',
    ]);
    expect(
      new TextDecoder().decode(
        await readAll(openZipEntry(new Blob([file('unsafe.zip')]), zipDir.entries[4]!)),
      ),
    ).toBe('still read');
  });

  it('refuses what is not a ZIP, with a reason', async () => {
    writeFileSync(join(dir, 'not.zip'), 'hello');
    await expect(readCentralDirectory(new Blob([file('not.zip')]))).rejects.toThrow(/not a ZIP archive/);
  });
});
