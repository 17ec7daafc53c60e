import { describe, expect, it } from 'vitest';
import { fingerprintSource } from '../../../src/verify-page/fingerprintSource';
import type { PackageFiles } from '../../../src/verify-page/packageFiles';

const file = (path: string, text: string) => {
  const f = new File([text], path.split('/').pop() ?? path);
  return { path, size: f.size, source: { kind: 'file' as const, file: f } };
};

describe('the package fingerprint the verify page shows', () => {
  it('is taken of a folder’s tagmanifest-sha256.txt, as the sender’s screen names it', () => {
    const tag = file('tagmanifest-sha256.txt', 'abc  bagit.txt\n');
    const pkg: PackageFiles = {
      name: 'pkg',
      files: [file('bagit.txt', 'BagIt-Version: 1.0\n'), tag, file('data/a.dcm', 'x')],
      warnings: [],
    };
    const got = fingerprintSource(pkg);
    expect(got?.of).toBe('tagmanifest');
    expect(got?.blob).toBe(tag.source.file);
  });

  it('is taken of the ZIP itself for a ZIP, and absent for a folder without a SHA-256 tag manifest', () => {
    const zip = new File(['PK'], 'pkg.zip');
    expect(fingerprintSource({ name: 'pkg.zip', files: [], zip, warnings: [] })).toEqual({
      blob: zip,
      of: 'zip',
    });
    expect(
      fingerprintSource({ name: 'pkg', files: [file('tagmanifest-md5.txt', 'x')], warnings: [] }),
    ).toBeUndefined();
  });
});
