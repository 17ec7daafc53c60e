import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDeidContext, deidentify, type DeidOptions } from '../../../../src/domain/deid';
import { dicomPath, sharedPath } from '../../../sharedData';
import { DEID_CHECK_PY } from './deidCheck.py.ts';

const PYTHON = '/usr/bin/python3';
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** CT, MR (private tags, overlays), US, SR, character sets, and every encoding the rewriter must keep. */
const INPUTS = [
  ['transfer_syntax', 'CT_small.dcm'],
  ['modality', 'MR-SIEMENS-DICOM-WithOverlays.dcm'],
  ['modality', 'gdcm-US-RGB-8-esopecho.dcm'],
  ['sr', 'test-SR.dcm'],
  ['sr', 'dwv-tid1500-sr-roi.dcm'],
  ['charset', 'chrSQEncoding.dcm'],
  ['charset', 'chrH31.dcm'],
  ['charset', 'chrFren.dcm'],
  ['transfer_syntax', 'MR_small_implicit.dcm'],
  ['transfer_syntax', 'MR_small_bigendian.dcm'],
  ['transfer_syntax', 'MR_small_RLE.dcm'],
  ['transfer_syntax', 'image_dfl.dcm'],
  ['transfer_syntax', 'JPEG2000.dcm'],
].map((parts) => dicomPath(...parts));
const SERIES = readdirSync(dicomPath('series', 'ge_ct_28_variable_spacing'))
  .sort()
  .slice(0, 3)
  .map((f) => dicomPath('series', 'ge_ct_28_variable_spacing', f));

const OPTION_SETS: readonly (readonly [string, DeidOptions])[] = [
  ['no option', {}],
  ['retain full dates', { retainLongitudinalFullDates: true }],
  ['retain patient characteristics', { retainPatientCharacteristics: true }],
  ['retain device identity', { retainDeviceIdentity: true }],
  ['retain institution identity', { retainInstitutionIdentity: true }],
  ['retain UIDs', { retainUids: true }],
  ['clean descriptors', { cleanDescriptors: true }],
];

interface CheckReport {
  files: { input: string; checked: number; actions: Record<string, number>; failures: string[] }[];
  uidMap: Record<string, string>;
}

function check(options: DeidOptions, pairs: [string, string][]): CheckReport {
  const table = sharedPath('standard', 'confidentiality_profile_attributes.json');
  const r = spawnSync(PYTHON, ['-c', DEID_CHECK_PY], {
    input: JSON.stringify({ table, options, pairs, pseudonymize: true }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as CheckReport;
}

describe.each(OPTION_SETS)('deidentify with %s', (_, options) => {
  it('gives every Table E.1-1 attribute of real files its action, keeps pixel data and transfer syntax, drops private tags', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deid-'));
    temp.push(dir);
    const context = createDeidContext({ classUid: '1.2.826.0.1.3680043.10.1234.1', versionName: 'IV_TEST' });
    const pairs = [...INPUTS, ...SERIES].map((input, i): [string, string] => {
      const result = deidentify(new Uint8Array(readFileSync(input)), options, context);
      const output = join(dir, `${i}-${basename(input)}`);
      writeFileSync(output, result.bytes);
      return [input, output];
    });
    const report = check(options, pairs);
    for (const file of report.files) expect(file.failures, file.input).toEqual([]);
    // Every input has table attributes, and across the files the main actions are all exercised.
    for (const file of report.files) expect(file.checked, file.input).toBeGreaterThan(0);
    const seen = new Set(report.files.flatMap((f) => Object.keys(f.actions)));
    for (const action of ['X', 'Z', 'D']) expect(seen).toContain(action);
    // Table E.1-1 has no basic K: only a retain option keeps an attribute; Retain UIDs keeps every U.
    if (!options.retainUids) expect(seen).toContain('U');
    if (Object.keys(options).some((o) => o.startsWith('retain'))) expect(seen).toContain('K');
    if (options.cleanDescriptors) expect(seen).toContain('C');

    // The series keeps one study, series and frame of reference after UID remapping.
    const uidsOf = (path: string) =>
      spawnSync(
        PYTHON,
        [
          '-c',
          'import sys,pydicom;d=pydicom.dcmread(sys.argv[1]);print(d.StudyInstanceUID,d.SeriesInstanceUID,d.FrameOfReferenceUID)',
          path,
        ],
        {
          encoding: 'utf8',
        },
      ).stdout.trim();
    const outputs = pairs.slice(INPUTS.length).map(([, out]) => uidsOf(out));
    expect(new Set(outputs).size).toBe(1);
    expect(outputs[0] === uidsOf(SERIES[0] as string)).toBe(Boolean(options.retainUids));

    for (const [, output] of pairs) {
      const dump = spawnSync('dcmdump', ['+E', output], { encoding: 'latin1' });
      expect(dump.status, `${output}: ${dump.stderr}`).toBe(0);
      expect(dump.stderr, output).not.toMatch(/^(E|W):/m);
    }
  }, 120_000);
});
