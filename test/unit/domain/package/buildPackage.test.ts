import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderBagSink, zipBagSink } from '../../../../src/domain/package/bagSink';
import { withSha256 } from '../../../../src/domain/zip/write/hashingSink';
import { createZipWriter } from '../../../../src/domain/zip/write/zipWriter';
import { buildPackage, type BuildPackageInput } from '../../../../src/domain/package/buildPackage';
import { dicomPath } from '../../../sharedData';
import { fileBytes, instancesOf, nodeWriteFile, PYTHON, run, walk } from './packageFixture';

const VALIDATE_BAG = '/work/shared/tools/validate_bag.py';
const CHECK_DICOMDIR = '/work/shared/tools/check_dicomdir.py';
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'package-'));
  temp.push(dir);
  return dir;
}

const SOURCES = ['77654033', '98892001'].flatMap((p) => walk(dicomPath('dicomdir', 'dicomdirtests', p)));

function baseInput(sources: readonly string[]): Omit<BuildPackageInput, 'sink'> {
  return {
    packageId: 'pkg-0001',
    packageName: 'Package for Dr Müller',
    createdAt: new Date('2024-07-15T10:00:00Z'),
    instances: instancesOf(sources),
    readOriginal: async (key) => fileBytes(sources[key] as string),
    attachments: [
      {
        name: 'Radiology report.txt',
        description: 'Radiology report',
        size: 11,
        file: new Blob(['Report text']),
      },
    ],
    writtenDocuments: [
      {
        name: 'questions',
        document: {
          title: 'Questions for the consultant',
          sections: [{ heading: 'Questions', text: 'Is it benign?' }],
        },
      },
    ],
    recipient: { name: 'Dr Anna Müller', specialty: 'Neuroradiology', country: 'Germany' },
    purpose: 'Second opinion',
    studies: [{ date: '20010101', description: 'CT head', modalities: ['CT'] }],
    deid: null,
    verifyHtml: new TextEncoder().encode('<!DOCTYPE html><title>verify</title>\n'),
  };
}

function expectValidFileSet(bag: string): void {
  const validate = run(PYTHON, [VALIDATE_BAG, bag]);
  expect(validate.status, validate.out).toBe(0);
  const check = run(PYTHON, [CHECK_DICOMDIR, join(bag, 'data')]);
  expect(check.status, check.out).toBe(0);
  const dciodvfy = run('dciodvfy', [join(bag, 'data', 'DICOMDIR')]);
  expect(dciodvfy.out.split('\n').filter((l) => /^Error/.test(l))).toEqual([]);
  expect(run('sha256sum', ['--quiet', '-c', 'manifest-sha256.txt'], bag).status).toBe(0);
  expect(run('md5sum', ['--quiet', '-c', 'manifest-md5.txt'], bag).status).toBe(0);
}

describe('buildPackage', () => {
  it('writes a folder bag whose File-set validates and whose images are the originals, byte for byte', async () => {
    const out = tempDir();
    const result = await buildPackage({ ...baseInput(SOURCES), sink: folderBagSink(nodeWriteFile(out)) });
    expect(result.leftOut).toEqual([]);
    expect(result.dicomFiles).toBe(SOURCES.length);
    expectValidFileSet(out);
    const manifest = readFileSync(join(out, 'manifest-sha256.txt'), 'utf8');
    const exported = new Map(
      manifest
        .trim()
        .split('\n')
        .map((l) => [l.slice(66), l.slice(0, 64)] as const)
        .filter(([path]) => path.startsWith('data/DICOM/')),
    );
    expect(exported.size).toBe(SOURCES.length);
    // Every original's SHA-256 (computed here, independently) is among the exported files'.
    const originals = SOURCES.map((p) => run('sha256sum', [p]).out.slice(0, 64));
    expect(new Set(exported.values())).toEqual(new Set(originals));
    const info = readFileSync(join(out, 'bag-info.txt'), 'utf8');
    expect(info).toContain('Internal-Sender-Identifier: pkg-0001');
    expect(readFileSync(join(out, 'data', 'README.txt'), 'utf8')).toContain(
      'sha256sum -c manifest-sha256.txt',
    );
    expect(readFileSync(join(out, 'data', 'documents', 'questions.html'), 'utf8')).toContain('Is it benign?');
  }, 120_000);

  it('leaves out a file that is not Part 10, names it, and the package stays valid', async () => {
    const sources = [...SOURCES.slice(0, 3), dicomPath('no_meta', 'ExplVR_LitEndNoMeta.dcm')];
    const out = tempDir();
    const result = await buildPackage({ ...baseInput(sources), sink: folderBagSink(nodeWriteFile(out)) });
    expect(result.leftOut).toHaveLength(1);
    expect(result.leftOut[0]?.what).toContain('ExplVR_LitEndNoMeta.dcm');
    expect(result.leftOut[0]?.reason).toMatch(/Part 10/);
    expectValidFileSet(out);
  }, 60_000);

  it('streams a ZIP whose fingerprint is the SHA-256 of the file, and de-identifies on request', async () => {
    const out = tempDir();
    const zipPath = join(out, 'package.zip');
    const chunks: Uint8Array[] = [];
    const hashing = await withSha256(async (c) => void chunks.push(c.slice()));
    const writer = createZipWriter(hashing.sink);
    const result = await buildPackage({
      ...baseInput(SOURCES),
      deid: { cleanDescriptors: true },
      sink: zipBagSink(writer, 'Package_for_Dr_Muller'),
    });
    writeFileSync(zipPath, Buffer.concat(chunks));
    expect(hashing.digest()).toBe(run('sha256sum', [zipPath]).out.slice(0, 64));
    expect(result.dicomFiles).toBe(SOURCES.length);
    const validate = run(PYTHON, [VALIDATE_BAG, zipPath]);
    expect(validate.status, validate.out).toBe(0);
    expect(run('unzip', ['-q', zipPath, '-d', out]).status).toBe(0);
    const bag = join(out, 'Package_for_Dr_Muller');
    expectValidFileSet(bag);
    const names = run(PYTHON, [
      '-c',
      'import sys,pydicom,glob\nfor p in sorted(glob.glob(sys.argv[1]+"/data/DICOM/**/I*",recursive=True)): print(pydicom.dcmread(p).PatientName)',
      bag,
    ]).out;
    expect(names).not.toMatch(/Doe|Archibald|Peter/);
    expect(names.trim().split('\n')).toHaveLength(SOURCES.length);
  }, 120_000);
});
