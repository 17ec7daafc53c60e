import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classifyFile } from '../../../../src/domain/dicom/classify/classifyFile';
import {
  crossCheckDicomdir,
  filesOfFileSet,
  normaliseFilePath,
  type FoundFile,
} from '../../../../src/domain/dicom/dicomdir/crossCheck';
import { readDicomdir, type Dicomdir } from '../../../../src/domain/dicom/dicomdir/readDicomdir';
import { dicomdirSeriesCounts } from '../../../../src/domain/dicom/dicomdir/seriesCounts';
import { parseDicomHeader } from '../../../../src/domain/dicom/parseDicomHeader';
import { dicomPath } from '../../../sharedData';
import { explicitLE, part10 } from '../../../support/syntheticDicom.mjs';
import { python, sharedFiles } from './helpers';

const bytesOf = (f: string): Uint8Array => new Uint8Array(readFileSync(dicomPath(f)));
const directories = sharedFiles('dicomdir').filter((f) => {
  const b = bytesOf(f);
  return classifyFile(f, b.length, b.subarray(0, 4096)).kind === 'dicomdir';
});

function read(file: string): Dicomdir {
  const result = readDicomdir(bytesOf(file));
  if (!result.ok) throw new Error(result.reason);
  return result.dicomdir;
}

// pydicom's view of each DICOMDIR: the raw records in file order, and (when its FileSet loads) the
// number of referenced instances per series.
const truth = python<Record<string, { records: string[]; perSeries: Record<string, number> | null }>>(
  `import json, sys, warnings, collections, pydicom
from pydicom.fileset import FileSet
warnings.simplefilter('ignore')
out = {}
for path in json.loads(sys.argv[1]):
    ds = pydicom.dcmread(path)
    records = ['%s|%s|%s' % (r.get('DirectoryRecordType', ''), '/'.join(pydicom.multival.MultiValue(str, r.ReferencedFileID) if r.get('ReferencedFileID') else []), r.get('ReferencedSOPInstanceUIDInFile', '')) for r in ds.DirectoryRecordSequence]
    try:
        per = dict(collections.Counter(i.SeriesInstanceUID for i in FileSet(ds)))
    except Exception:
        per = None
    out[path] = {'records': records, 'perSeries': per}
print(json.dumps(out))`,
  JSON.stringify(directories),
);

describe('readDicomdir on the real disc layout and its variants', () => {
  test('finds the DICOMDIRs, including the variants', () => {
    expect(directories.length).toBe(Object.keys(truth).length);
    expect(directories).toContain('dicomdir/dicomdirtests/DICOMDIR');
  });

  test.each(directories)('%s: the same records as pydicom', (file) => {
    const dir = read(file);
    const ours = dir.records.map(
      (r) => `${r.type}|${r.referencedFileId?.join('/') ?? ''}|${r.referencedSopInstanceUid ?? ''}`,
    );
    expect([...ours].sort()).toEqual([...(truth[file]?.records ?? [])].sort());
  });

  test.each(directories.filter((f) => truth[f]?.perSeries))('%s: images per series as pydicom', (file) => {
    const dir = read(file);
    expect(Object.fromEntries(dicomdirSeriesCounts(dir))).toEqual(truth[file]?.perSeries);
    expect(dir.records.every((r) => r.linked)).toBe(true);
  });

  test('a record whose offsets were removed is still read, and the damage reported', () => {
    const dir = read('dicomdir/dicomdirtests/DICOMDIR-nooffset');
    expect(dir.problems.join(' ')).toMatch(/cut off by the end of the file/);
  });
});

describe('crossCheckDicomdir', () => {
  const root = 'dicomdir/dicomdirtests';
  const fileSet = filesOfFileSet(`${root}/DICOMDIR`, sharedFiles('dicomdir'));
  const found: FoundFile[] = fileSet.flatMap(({ path, relative }) => {
    const r = parseDicomHeader(bytesOf(path), path);
    return r.ok
      ? [
          {
            path: relative,
            sopInstanceUid: r.instance.image.sopInstanceUid,
            sopClassUid: r.instance.image.sopClassUid,
            transferSyntaxUid: r.instance.image.transferSyntaxUid,
          },
        ]
      : [];
  });

  test('the real disc: every referenced file present, nothing unreferenced, nothing mismatched', () => {
    expect(fileSet.some((f) => f.path.includes('TINY_ALPHA'))).toBe(false);
    const check = crossCheckDicomdir(read(`${root}/DICOMDIR`), found);
    expect(check.missing).toEqual([]);
    expect(check.unreferenced).toEqual([]);
    expect(check.mismatches).toEqual([]);
    expect(check.matched).toBe(
      Object.values(truth[`${root}/DICOMDIR`]?.perSeries ?? {}).reduce((a, b) => a + b, 0),
    );
  });

  test('a missing file, an extra file and a changed UID are each reported', () => {
    const [gone, changed, ...rest] = found;
    if (!gone || !changed) throw new Error('fixture too small');
    const altered = { ...changed, sopInstanceUid: '1.2.3.999' };
    const extra = { path: 'EXTRA/IM1', sopInstanceUid: '1.2.3.1000' };
    const check = crossCheckDicomdir(read(`${root}/DICOMDIR`), [altered, extra, ...rest]);
    expect(check.missing.map((m) => normaliseFilePath(m.path))).toEqual([normaliseFilePath(gone.path)]);
    expect(check.unreferenced).toEqual([extra]);
    expect(check.mismatches).toEqual([
      {
        path: changed.path,
        field: 'SOP Instance UID',
        inDicomdir: changed.sopInstanceUid,
        inFile: '1.2.3.999',
      },
    ]);
  });

  test('paths match whatever the case, separators and ISO 9660 version suffix', () => {
    const tolerant = found.map((f) => ({ ...f, path: `${f.path.toLowerCase().replace(/\//g, '\\')};1` }));
    const check = crossCheckDicomdir(read(`${root}/DICOMDIR`), tolerant);
    expect(check.missing).toEqual([]);
    expect(check.unreferenced).toEqual([]);
    expect(normaliseFilePath('./a\\b/IM0001;1')).toBe('A/B/IM0001');
  });
});

/** A DICOMDIR built in code: records with links given as record indexes (or raw byte offsets). */
function buildDicomdir(
  records: { type: string; next?: number; lower?: number; rawNext?: number }[],
): Uint8Array {
  const ul = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
  const encodeItem = (r: (typeof records)[number], next: number, lower: number): Uint8Array => {
    const body = explicitLE([
      [0x00041400, 'UL', ul(next)],
      [0x00041410, 'US', [0xff, 0xff]],
      [0x00041420, 'UL', ul(lower)],
      [0x00041430, 'CS', r.type],
    ]);
    return new Uint8Array([0xfe, 0xff, 0x00, 0xe0, ...ul(body.length), ...body]);
  };
  const build = (root: number, items: number[]): Uint8Array =>
    part10([
      [0x00041130, 'CS', 'TEST'],
      [0x00041200, 'UL', ul(root)],
      [0x00041202, 'UL', ul(0)],
      [0x00041212, 'US', [0, 0]],
      [0x00041220, 'SQ', new Uint8Array(items)],
    ]);
  const sizes = records.map((r) => encodeItem(r, 0, 0).length);
  const dataStart = build(0, []).length;
  const offsets = sizes.map((_, i) => dataStart + sizes.slice(0, i).reduce((a, b) => a + b, 0));
  const at = (i: number | undefined): number => (i === undefined ? 0 : (offsets[i] ?? 0));
  const items = records.flatMap((r) => [...encodeItem(r, r.rawNext ?? at(r.next), at(r.lower))]);
  return build(offsets[0] ?? 0, items);
}

describe('readDicomdir with broken links (built in code)', () => {
  test('a well-linked directory', () => {
    const bytes = buildDicomdir([
      { type: 'PATIENT', lower: 1 },
      { type: 'STUDY', lower: 2 },
      { type: 'SERIES', lower: 3 },
      { type: 'IMAGE' },
    ]);
    const result = readDicomdir(bytes);
    if (!result.ok) throw new Error(result.reason);
    expect(result.dicomdir.records.map((r) => r.type)).toEqual(['PATIENT', 'STUDY', 'SERIES', 'IMAGE']);
    expect(result.dicomdir.records.map((r) => r.parent)).toEqual([
      undefined,
      result.dicomdir.records[0]?.offset,
      result.dicomdir.records[1]?.offset,
      result.dicomdir.records[2]?.offset,
    ]);
    expect(result.dicomdir.problems).toEqual([]);
  });

  test('a cycle is cut and reported', () => {
    const result = readDicomdir(
      buildDicomdir([
        { type: 'PATIENT', next: 1 },
        { type: 'PATIENT', next: 0 },
      ]),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.dicomdir.records).toHaveLength(2);
    expect(result.dicomdir.problems.join(' ')).toMatch(/cycle/);
  });

  test('an offset into nowhere is reported and the unreached record still listed', () => {
    const result = readDicomdir(buildDicomdir([{ type: 'PATIENT', rawNext: 5 }, { type: 'PATIENT' }]));
    if (!result.ok) throw new Error(result.reason);
    expect(result.dicomdir.problems.join(' ')).toMatch(/points to byte 5, where no directory record starts/);
    expect(result.dicomdir.records.map((r) => r.linked)).toEqual([true, false]);
  });

  test('not a DICOMDIR at all', () => {
    const result = readDicomdir(new Uint8Array(300));
    expect(result.ok).toBe(false);
  });
});
