import { describe, expect, it } from 'vitest';
import { planBag, verifyBag, type HashJob } from '../../../../src/domain/verify';
import { digester, enc, hex, makeBag, viewOf } from './memoryBag';

const payload = { 'data/a.dcm': 'first file', 'data/sub/b.dcm': 'second file', 'data/c.txt': 'third' };
const verdicts = (r: Awaited<ReturnType<typeof verifyBag>>) =>
  Object.fromEntries(r.files.map((f) => [f.path, f.verdict]));

describe('verifyBag on bags built in memory', () => {
  it('hashes each file once with every algorithm its manifests name', async () => {
    const files = makeBag(payload);
    const calls: HashJob[] = [];
    const r = await verifyBag(viewOf(files), digester(files, calls));
    expect(r.verdict).toBe('valid');
    expect(calls.map((c) => `${c.path}:${c.algorithms.join('+')}`).sort()).toEqual([
      'data/a.dcm:md5+sha256',
      'data/c.txt:md5+sha256',
      'data/sub/b.dcm:md5+sha256',
    ]);
  });

  it('names a flipped byte, a deleted file and an added file', async () => {
    const files = makeBag(payload);
    files.set('data/a.dcm', enc('first filE'));
    files.delete('data/sub/b.dcm');
    files.set('data/new.txt', enc('added'));
    const r = await verifyBag(viewOf(files), digester(files));
    expect(verdicts(r)).toEqual({
      'data/a.dcm': 'altered',
      'data/sub/b.dcm': 'missing',
      'data/c.txt': 'ok',
      'data/new.txt': 'extra',
    });
    expect(r.verdict).toBe('incomplete');
    const altered = r.files.find((f) => f.path === 'data/a.dcm')!;
    expect(altered.mismatches.map((m) => [m.algorithm, m.expected, m.actual])).toContainEqual([
      'sha256',
      hex('sha256', enc('first file')),
      hex('sha256', enc('first filE')),
    ]);
  });

  it('says complete-but-altered when nothing is missing', async () => {
    const files = makeBag(payload);
    files.set('data/c.txt', enc('THIRD'));
    expect((await verifyBag(viewOf(files), digester(files))).verdict).toBe('complete-but-altered');
  });

  it('has the Payload-Oxum pre-check before any hashing', () => {
    const files = makeBag(payload);
    files.set('data/c.txt', enc('third!'));
    const plan = planBag(viewOf(files));
    expect(plan.oxum).toMatchObject({
      matches: false,
      declared: { octets: 26, streams: 3 },
      actual: { octets: 27, streams: 3 },
    });
  });

  it('reports unfetched files of a holey bag as to be fetched, never fetching or hashing them', async () => {
    const files = makeBag(payload);
    files.set('fetch.txt', enc('https://example.org/b.dcm 11 data/sub/b.dcm\n'));
    files.delete('data/sub/b.dcm');
    const calls: HashJob[] = [];
    const r = await verifyBag(viewOf(files), digester(files, calls));
    expect(verdicts(r)['data/sub/b.dcm']).toBe('to-fetch');
    expect(r.verdict).toBe('incomplete');
    expect(calls.map((c) => c.path)).not.toContain('data/sub/b.dcm');
  });

  it('decodes %0A, %0D and %25 in 1.0 manifests, and only %0A/%0D before', async () => {
    const name = 'data/100%\nodd';
    const files = makeBag({}, ['sha256']);
    files.set(name, enc('x'));
    files.set('manifest-sha256.txt', enc(`${hex('sha256', enc('x'))}  data/100%25%0Aodd\n`));
    files.set('bag-info.txt', enc('Payload-Oxum: 1.1\n'));
    expect((await verifyBag(viewOf(files), digester(files))).verdict).toBe('valid');
    files.set('bagit.txt', enc('BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n'));
    expect(verdicts(await verifyBag(viewOf(files), digester(files)))).toMatchObject({
      'data/100%25\nodd': 'missing',
    });
  });

  it('in 1.0, every payload manifest must list every payload file', async () => {
    const files = makeBag(payload);
    files.set('manifest-md5.txt', enc(`${hex('md5', enc('third'))}  data/c.txt\n`));
    const r = await verifyBag(viewOf(files), digester(files));
    expect(r.verdict).toBe('invalid');
    expect(r.errors.map((e) => e.code)).toContain('not-in-every-manifest');
    files.set('bagit.txt', enc('BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n'));
    expect((await verifyBag(viewOf(files), digester(files))).verdict).toBe('valid');
  });

  it('reads UTF-16 big-endian tag files as declared', async () => {
    const files = makeBag(payload, ['sha256']);
    const manifest = new TextDecoder().decode(files.get('manifest-sha256.txt'));
    const le = Buffer.from(`\uFEFF${manifest}`, 'utf16le');
    files.set('manifest-sha256.txt', new Uint8Array(le.swap16()));
    files.set('bagit.txt', enc('BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-16\n'));
    files.delete('bag-info.txt');
    const r = await verifyBag(viewOf(files), digester(files));
    expect(r.verdict).toBe('valid');
    expect(r.warnings.map((w) => w.code)).toContain('encoding');
  });

  it('a file that cannot be read is reported, and the others are still verified', async () => {
    const files = makeBag(payload);
    const r = await verifyBag(viewOf(files), async (job) => {
      if (job.path === 'data/c.txt') throw new Error('NotReadableError: the file changed on disk');
      return digester(files)(job);
    });
    expect(verdicts(r)).toEqual({ 'data/a.dcm': 'ok', 'data/sub/b.dcm': 'ok', 'data/c.txt': 'unreadable' });
    expect(r.files.find((f) => f.path === 'data/c.txt')?.reason).toMatch(
      /could not be read: NotReadableError/,
    );
  });

  it('refuses a manifest whose only algorithm it cannot compute', async () => {
    const files = makeBag(payload, ['sha256']);
    files.set('manifest-blake3.txt', files.get('manifest-sha256.txt')!);
    files.delete('manifest-sha256.txt');
    expect((await verifyBag(viewOf(files), digester(files))).errors.map((e) => e.code)).toContain(
      'unsupported-algorithm',
    );
  });
});
