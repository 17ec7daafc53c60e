import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  concludeVerification,
  parseChecksumList,
  planChecksumList,
  type FileDigests,
} from '../../../../src/domain/verify';
import { enc, hex } from './memoryBag';

const contents: Record<string, string> = {
  'a.dcm': 'alpha',
  'dir/b.dcm': 'beta',
  'odd\\name': 'gamma',
  'new\nline': 'delta',
};

/** Lists written by the real coreutils tools, so the parser meets their exact escaping and markers. */
function coreutils(args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'sums-'));
  try {
    execFileSync('mkdir', ['-p', join(dir, 'dir')]);
    for (const [p, t] of Object.entries(contents)) writeFileSync(join(dir, p), t);
    return execFileSync(args[0]!, [...args.slice(1), ...Object.keys(contents)], {
      cwd: dir,
      encoding: 'utf8',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function verify(listText: string, present: Record<string, string>) {
  const list = parseChecksumList(listText, 'SHA256SUMS');
  const files = Object.entries(present).map(([path, t]) => ({ path, size: enc(t).length }));
  const plan = planChecksumList(list, files);
  const digests = new Map(
    plan.jobs.map((j) => [
      j.path,
      Object.fromEntries(j.algorithms.map((a) => [a, hex(a, enc(present[j.path]!))])) as FileDigests,
    ]),
  );
  return concludeVerification(plan, digests);
}

describe('checksum lists', () => {
  it.each([
    [['sha256sum'], 'sha256'],
    [['sha256sum', '-b'], 'sha256'],
    [['md5sum'], 'md5'],
    [['sha1sum', '-b'], 'sha1'],
    [['sha512sum'], 'sha512'],
    [['sha256sum', '--tag'], 'sha256'],
    [['md5sum', '--tag'], 'md5'],
  ])('reads %j output, escaped names included', (args, algorithm) => {
    const list = parseChecksumList(coreutils(args as string[]));
    expect(list.issues).toEqual([]);
    expect(list.entries.map((e) => [e.path, e.algorithm, e.checksum])).toEqual(
      Object.entries(contents).map(([p, t]) => [
        p.replace('\\', '/'),
        algorithm,
        hex(algorithm as 'md5', enc(t)),
      ]),
    );
  });

  it('verifies a folder: ok, altered, missing, extra, unsafe', () => {
    const list = `${coreutils(['sha256sum'])}${hex('sha256', enc('x'))}  ../outside\n`;
    const r = verify(list, { 'a.dcm': 'alpha', 'dir/b.dcm': 'BETA', 'odd/name': 'gamma', 'extra.txt': 'e' });
    expect(Object.fromEntries(r.files.map((f) => [f.path, f.verdict]))).toEqual({
      'a.dcm': 'ok',
      'dir/b.dcm': 'altered',
      'odd/name': 'ok',
      'new\nline': 'missing',
      '../outside': 'unsafe-path',
      'extra.txt': 'extra',
    });
    expect(r.verdict).toBe('invalid');
  });

  it('matches loose files by name when the list has folders', () => {
    const r = verify(coreutils(['sha256sum']).split('\n').slice(0, 2).join('\n'), {
      'a.dcm': 'alpha',
      'b.dcm': 'beta',
    });
    expect(r.verdict).toBe('valid');
  });

  it('reports unreadable lines and keeps the rest', () => {
    const list = parseChecksumList(`garbage line\n${hex('sha256', enc('alpha'))}  a.dcm\nabc  short.txt\n`);
    expect(list.entries.map((e) => e.path)).toEqual(['a.dcm']);
    expect(list.issues.map((i) => i.code)).toEqual(['list-syntax', 'checksum-length']);
  });
});
