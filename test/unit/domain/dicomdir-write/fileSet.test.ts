import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDeidContext, deidentify } from '../../../../src/domain/deid';
import { dicomPath } from '../../../sharedData';
import {
  buildFileSet,
  COMPARE_RECORDS_PY,
  isInstance,
  PYTHON,
  run,
  walk,
  type BuiltFileSet,
} from './fileSetFixture';

const CHECK_DICOMDIR = '/work/shared/tools/check_dicomdir.py';
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function makeFileSet(sources: string[]): { dir: string; built: BuiltFileSet } {
  const dir = mkdtempSync(join(tmpdir(), 'fileset-'));
  temp.push(dir);
  return { dir, built: buildFileSet(sources, dir) };
}

function dciodvfyErrors(dicomdir: string): { errors: string[]; warnings: string[] } {
  const r = run('dciodvfy', [dicomdir]);
  const lines = (r.stdout + r.stderr).split('\n');
  return { errors: lines.filter((l) => /^Error/.test(l)), warnings: lines.filter((l) => /^Warning/.test(l)) };
}

function checkDicomdirErrors(dir: string, profile: string[]): string[] {
  const check = run(PYTHON, [CHECK_DICOMDIR, ...profile, dir]);
  const errors = check.stderr.split('\n').filter((l) => l.startsWith('ERROR'));
  expect(check.status, check.stdout + check.stderr).toBe(errors.length > 0 ? 1 : 0);
  return errors;
}

function expectExternalToolsAccept(
  dir: string,
  built: BuiltFileSet,
  profile: string[],
  checkErrors: string[] = [],
): void {
  expect(checkDicomdirErrors(dir, profile)).toEqual(checkErrors);

  const { errors, warnings } = dciodvfyErrors(join(dir, 'DICOMDIR'));
  expect(errors).toEqual([]);
  if (warnings.length > 0) console.info(`dciodvfy warnings on the DICOMDIR:\n${warnings.join('\n')}`);

  const dump = run('dcmdump', ['+E', join(dir, 'DICOMDIR')]);
  expect(dump.status, dump.stderr).toBe(0);
  expect(dump.stdout.match(/\(0004,1430\)/g)?.length ?? 0).toBeGreaterThan(built.instances.length);

  const compare = run(PYTHON, ['-c', COMPARE_RECORDS_PY, dir]);
  expect(compare.status, compare.stderr).toBe(0);
  const result = JSON.parse(compare.stdout) as {
    instances: number;
    checked: number;
    mismatches: string[];
    absent: string[];
  };
  expect(result.instances).toBe(built.instances.length);
  expect(result.checked).toBeGreaterThan(built.instances.length);
  expect(result.mismatches).toEqual([]);
  // A key absent from the file can only be one this writer invented, and each invention is reported.
  for (const line of result.absent) {
    const [, keyword] = line.split(' ');
    expect(
      built.warnings.some((w) => w.includes(`Type 1 key ${keyword}`)),
      line,
    ).toBe(true);
  }
}

function expectCopiesIdentical(dir: string, built: BuiltFileSet): void {
  built.instances.forEach((instance, i) => {
    const copy = readFileSync(join(dir, ...instance.fileId));
    expect(copy.equals(readFileSync(built.sources[i] as string)), instance.fileId.join('/')).toBe(true);
  });
}

describe('writeDicomdir on real files', () => {
  it('writes a File-set of ../shared/dicom/series and dicomdir that check_dicomdir, dciodvfy, dcmdump and pydicom accept', () => {
    const sources = [
      ...walk(dicomPath('series')),
      ...['77654033', '98892001', '98892003'].flatMap((p) => walk(dicomPath('dicomdir', 'dicomdirtests', p))),
    ].filter(isInstance);
    expect(sources.length).toBeGreaterThan(200);
    const { dir, built } = makeFileSet(sources);
    expectCopiesIdentical(dir, built);
    expectExternalToolsAccept(dir, built, []);
  }, 120_000);

  it('gives SR, waveform, compressed and non-ASCII instances their own record types and character sets', () => {
    const sources = [
      dicomPath('sr', 'dwv-tid1500-sr-roi.dcm'),
      dicomPath('sr', 'dwv-tid1500-sr-ruler.dcm'),
      dicomPath('sr', 'sample-sr.dcm'),
      dicomPath('modality', 'waveform_ecg.dcm'),
      dicomPath('transfer_syntax', 'MR_small_bigendian.dcm'),
      dicomPath('transfer_syntax', 'JPEG2000.dcm'),
      ...['chrGerm', 'chrRuss', 'chrKoreanMulti', 'chrH31', 'chrGreek', 'chrArab', 'chrX1'].map((f) =>
        dicomPath('charset', `${f}.dcm`),
      ),
    ];
    const { dir, built } = makeFileSet(sources);
    expectCopiesIdentical(dir, built);
    // Compressed and big-endian files are kept as they are: a DVD/USB profile, not STD-GEN-CD.
    expectExternalToolsAccept(dir, built, ['--profile', 'any']);

    const records = run(PYTHON, [
      '-c',
      'import sys,pydicom\nfor r in pydicom.dcmread(sys.argv[1]).DirectoryRecordSequence: print(r.DirectoryRecordType, "|", r.get("SpecificCharacterSet", ""))',
      join(dir, 'DICOMDIR'),
    ]).stdout;
    for (const type of ['SR DOCUMENT', 'WAVEFORM', 'IMAGE']) expect(records).toContain(`${type} |`);
    // Each non-ASCII record states its source's character set, copied from the file (pydicom lists multi-valued CS).
    const charsetOf = (file: string) =>
      run(PYTHON, [
        '-c',
        'import sys,pydicom;print(pydicom.dcmread(sys.argv[1]).SpecificCharacterSet)',
        dicomPath('charset', file),
      ]).stdout.trim();
    for (const file of ['chrRuss.dcm', 'chrKoreanMulti.dcm', 'chrH31.dcm', 'chrX1.dcm']) {
      expect(records).toContain(`PATIENT | ${charsetOf(file)}`);
    }
  }, 120_000);

  it('still writes a valid DICOMDIR for files with their own defects, reporting each', () => {
    // rtdose/rtplan/chrJapMulti: file meta and data set disagree on the SOP Instance UID; the SR, US and
    // deflated files have an empty Patient ID, a Type 1 key of the PATIENT record.
    const sources = [
      dicomPath('modality', 'rtdose.dcm'),
      dicomPath('modality', 'rtplan.dcm'),
      dicomPath('charset', 'chrJapMulti.dcm'),
      dicomPath('sr', 'reportsi.dcm'),
      dicomPath('modality', 'gdcm-US-RGB-8-esopecho.dcm'),
      dicomPath('transfer_syntax', 'report_dfl'),
    ];
    const { dir, built } = makeFileSet(sources);
    expectCopiesIdentical(dir, built);
    const errors = checkDicomdirErrors(dir, ['--profile', 'any']);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error).toMatch(
        /ReferencedSOPInstanceUIDInFile \S+ != SOPInstanceUID|PatientID {2}in \S+ differs from PATIENT record/,
      );
    }
    expect(built.warnings.filter((w) => w.includes('differs from the SOP Instance UID'))).toHaveLength(3);
    expect(built.warnings.filter((w) => w.includes('Type 1 key PatientID'))).toHaveLength(1);
    // dciodvfy finds only what the sources themselves carry (ACR-NEMA style dates, UIDs under an
    // illegal root): every value it quotes is one of the sources' own.
    const { errors: dciodvfy } = dciodvfyErrors(join(dir, 'DICOMDIR'));
    const sourceBytes = sources.map((s) => readFileSync(s).toString('latin1')).join('');
    for (const error of dciodvfy.filter((e) => !e.includes('contains invalid data values'))) {
      const quoted = /"([^"]+)"|<([^>]+)>/.exec(error);
      expect(quoted, error).not.toBeNull();
      expect(sourceBytes.includes(quoted?.[1] ?? quoted?.[2] ?? '\0'), error).toBe(true);
    }
    const records = run(PYTHON, [
      '-c',
      'import sys,pydicom\nfor r in pydicom.dcmread(sys.argv[1]).DirectoryRecordSequence: print(r.DirectoryRecordType)',
      join(dir, 'DICOMDIR'),
    ]).stdout;
    for (const type of ['RT DOSE', 'RT PLAN', 'SR DOCUMENT']) expect(records).toContain(type);
  }, 120_000);

  it('lists de-identified copies of a series in a valid File-set', () => {
    const source = dicomPath('series', 'ge_ct_28_variable_spacing');
    const deidDir = mkdtempSync(join(tmpdir(), 'deid-series-'));
    temp.push(deidDir);
    const context = createDeidContext({ classUid: '1.2.826.0.1.3680043.10.1234.1' });
    const sources = readdirSync(source)
      .sort()
      .map((name) => {
        const out = join(deidDir, name);
        writeFileSync(out, deidentify(new Uint8Array(readFileSync(join(source, name))), {}, context).bytes);
        return out;
      });
    const { dir, built } = makeFileSet(sources);
    expectCopiesIdentical(dir, built);
    // Study Date and Time are emptied by the profile: the DICOMDIR invents them and says so.
    expect(built.warnings.some((w) => w.includes('Type 1 key StudyDate'))).toBe(true);
    expectExternalToolsAccept(dir, built, []);
  }, 120_000);
});
