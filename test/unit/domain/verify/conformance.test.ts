import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyBag, type VerificationResult } from '../../../../src/domain/verify';
import { sharedPath } from '../../../sharedData';
import { bagViewOf, nodeDigests } from './bagFixture';

/**
 * Every bag of ../shared/bagit-conformance, judged by the folder it sits in (upstream README and
 * EXPECTED.md there): valid/ validates, warning/ validates with a warning, invalid/ and linux-only/ fail,
 * windows-only/ fail too (Windows path forms are refused on every platform; see pathSafety.ts).
 */
const root = sharedPath('bagit-conformance');
const bags = readdirSync(root)
  .filter((v) => v.startsWith('v'))
  .flatMap((version) =>
    readdirSync(join(root, version)).flatMap((category) =>
      statSync(join(root, version, category)).isDirectory()
        ? readdirSync(join(root, version, category))
            .filter((bag) => statSync(join(root, version, category, bag)).isDirectory())
            .map((bag) => ({ version, category, bag, dir: join(root, version, category, bag) }))
        : [],
    ),
  );

async function verify(dir: string): Promise<VerificationResult> {
  return verifyBag(bagViewOf(dir), async (job) => nodeDigests(dir, job));
}

const codes = (r: VerificationResult, severity: 'errors' | 'warnings') => r[severity].map((i) => i.code);
const notOk = (r: VerificationResult) =>
  r.files.filter((f) => f.verdict !== 'ok').map((f) => `${f.verdict}:${f.path}`);

/** EXPECTED.md "Known fixture defects": these fail for exactly the documented reason, nothing else. */
const KNOWN_DEFECTS: Record<string, (r: VerificationResult) => void> = {
  'v0.97/warning/duplicate-file-with-different-case': (r) => {
    expect(r.verdict).toBe('incomplete');
    expect(notOk(r)).toEqual(['missing:data/HELLO.txt']);
    expect(r.errors.every((e) => e.file === 'data/HELLO.txt' && e.kind === 'content')).toBe(true);
    expect(codes(r, 'warnings')).toContain('case-collision');
  },
  'v0.97/warning/special-system-files': (r) => {
    expect(r.verdict).toBe('incomplete');
    expect(notOk(r)).toEqual(['missing:data/.DS_Store']);
    expect(codes(r, 'errors').sort()).toEqual(['missing', 'payload-oxum-mismatch']);
    expect(codes(r, 'warnings')).toContain('system-file');
  },
  'v1.0/invalid/same-filename-listed-twice-with-different-hashes': (r) => {
    expect(r.verdict).toBe('invalid');
    expect(codes(r, 'errors')).toContain('duplicate-entry');
    expect(notOk(r)).toEqual(['altered:bagit.txt']);
  },
  'v1.0/invalid/same-filename-listed-twice-with-the-same-hash': (r) => {
    expect(r.verdict).toBe('invalid');
    expect(codes(r, 'errors')).toContain('duplicate-entry');
    expect(notOk(r)).toEqual(['altered:bagit.txt']);
  },
};

/** The intended defect of each invalid bag, read from its name: a bag must fail for the right reason. */
const INTENDED_ERROR: Record<string, string> = {
  'baginfo-missing-encoding': 'bagit-txt',
  'bom-in-bagit.txt': 'bom',
  'corrupt-data-file': 'altered',
  'corrupt-tag-file': 'altered',
  'extra-file-in-bag': 'payload-oxum-mismatch',
  'invalid-version-number': 'version',
  'missing-baginfo': 'missing',
  'missing-bagit.txt': 'missing-bagit-txt',
  'same-filename-listed-twice-with-different-hashes': 'duplicate-entry',
  'same-filename-listed-twice-with-the-same-hash': 'duplicate-entry',
  'bagit-with-invalid-whitespace': 'bagit-txt-whitespace',
  notAllManifestsListAllFiles: 'extra',
};

describe('BagIt conformance suite', () => {
  it('walks the whole suite', () => {
    expect(new Set(bags.map((b) => b.version))).toEqual(
      new Set(['v0.93', 'v0.94', 'v0.95', 'v0.96', 'v0.97', 'v1.0']),
    );
    expect(new Set(bags.map((b) => b.category))).toEqual(
      new Set(['valid', 'invalid', 'warning', 'linux-only', 'windows-only']),
    );
    expect(bags.length).toBeGreaterThanOrEqual(60);
  });

  it.each(bags)('$version/$category/$bag', async ({ version, category, bag, dir }) => {
    const r = await verify(dir);
    const known = KNOWN_DEFECTS[`${version}/${category}/${bag}`];
    if (known) return known(r);
    const detail = JSON.stringify({ errors: r.errors, notOk: notOk(r) }, null, 1);
    if (category === 'valid') {
      expect(r.verdict, detail).toBe('valid');
    } else if (category === 'warning') {
      expect(r.verdict, detail).toBe('valid');
      expect(r.warnings.length).toBeGreaterThan(0);
    } else {
      expect(r.verdict, detail).not.toBe('valid');
      if (category === 'invalid') {
        const intended = INTENDED_ERROR[bag];
        if (intended === 'extra') expect(notOk(r)).toContain('extra:data/missingFromManifest.txt');
        else if (intended) expect([...codes(r, 'errors')], detail).toContain(intended);
        else expect(codes(r, 'errors'), detail).toContain('unsafe-path');
      } else {
        expect(codes(r, 'errors'), detail).toContain('unsafe-path');
      }
    }
  });
});
