import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classifyFile } from '../../../../src/domain/dicom/classify/classifyFile';
import { parseDicomHeader } from '../../../../src/domain/dicom/parseDicomHeader';
import { dicomPath } from '../../../sharedData';
import { manifest, python, sharedFiles } from './helpers';

const files = sharedFiles().filter((f) => f !== 'MANIFEST.tsv');
const rows = manifest();

interface Truth {
  sop?: string;
  study?: string;
  series?: string;
  modality?: string;
  rows?: number;
  columns?: number;
  number?: number;
  patientId?: string;
  sopClass?: string;
  mediaClass?: string;
}

// What pydicom reads from each file (force=True, so bare data sets too): the independent truth.
const truth = python<Record<string, Truth | null>>(
  `import json, sys, pydicom
out = {}
for path in json.loads(sys.argv[1]):
    try:
        ds = pydicom.dcmread(path, force=True, stop_before_pixels=True)
        g = lambda k: (str(ds.get(k)).strip() if ds.get(k) not in (None, '') else None)
        fm = getattr(ds, 'file_meta', None)
        out[path] = dict(sop=g('SOPInstanceUID'), study=g('StudyInstanceUID'), series=g('SeriesInstanceUID'),
            modality=g('Modality'), rows=ds.get('Rows'), columns=ds.get('Columns'),
            number=int(ds.InstanceNumber) if ds.get('InstanceNumber') not in (None, '') else None,
            patientId=g('PatientID'), sopClass=g('SOPClassUID'),
            mediaClass=str(fm.get('MediaStorageSOPClassUID')) if fm is not None and fm.get('MediaStorageSOPClassUID') else None)
    except Exception:
        out[path] = None
print(json.dumps(out))`,
  JSON.stringify(files),
);

const bytesOf = (f: string): Uint8Array => new Uint8Array(readFileSync(dicomPath(f)));

describe('every shared file is classified as MANIFEST.tsv describes it', () => {
  test.each(files)('%s', (file) => {
    const bytes = bytesOf(file);
    const kind = classifyFile(file, bytes.length, bytes.subarray(0, 4096));
    const format = rows.get(file)?.['file_format'] ?? '';
    const t = truth[file];
    if (format.startsWith('Part10')) {
      const isDirectory = t?.mediaClass === '1.2.840.10008.1.3.10';
      expect(kind.kind).toBe(isDirectory ? 'dicomdir' : 'dicom');
    } else if (format.startsWith('raw dataset')) {
      expect(kind).toMatchObject({ kind: 'dicom', layout: 'raw' });
    } else {
      expect(['junk', 'not-dicom']).toContain(kind.kind);
    }
  });
});

describe('every DICOM file is read, or explained', () => {
  const dicomFiles = files.filter((f) => {
    const bytes = bytesOf(f);
    return classifyFile(f, bytes.length, bytes.subarray(0, 4096)).kind === 'dicom';
  });

  test.each(dicomFiles)('%s', (file) => {
    const result = parseDicomHeader(bytesOf(file), file);
    const t = truth[file];
    if (!result.ok) {
      expect(result.reason.length).toBeGreaterThan(10);
      // Outside malformed/, a file may only fail when it has no SOP Instance UID (pydicom agrees).
      if (!file.startsWith('malformed/')) expect(t?.sop ?? null).toBeNull();
      return;
    }
    const { image, study, series, patient } = result.instance;
    expect(t, 'pydicom reads every file we read').toBeTruthy();
    if (!t) return;
    if (t.sop) expect(image.sopInstanceUid).toBe(t.sop);
    if (t.sopClass) expect(image.sopClassUid).toBe(t.sopClass);
    expect(study.studyInstanceUid ?? null).toBe(t.study);
    expect(series.seriesInstanceUid ?? null).toBe(t.series);
    expect(series.modality ?? null).toBe(t.modality);
    expect(image.rows ?? null).toBe(t.rows);
    expect(image.columns ?? null).toBe(t.columns);
    expect(image.instanceNumber ?? null).toBe(t.number);
    expect(patient.id ?? null).toBe(t.patientId);
    expect(image.transferSyntaxUid).toMatch(/^1\.2\.840\.10008\.1\.2/);
    expect(JSON.parse(JSON.stringify(result.instance))).toEqual(result.instance);
  });

  test('a file that pydicom reads with a SOP Instance UID fails here only if it is in malformed/', () => {
    const unexpected = dicomFiles.filter((f) => {
      const r = parseDicomHeader(bytesOf(f), f);
      return !r.ok && !f.startsWith('malformed/') && truth[f]?.sop;
    });
    expect(unexpected).toEqual([]);
  });
});

describe('malformed files', () => {
  test.each(sharedFiles('malformed'))('%s parses or yields a reason', (file) => {
    const result = parseDicomHeader(bytesOf(file), file);
    if (result.ok) expect(result.instance.image.sopInstanceUid).toBeTruthy();
    else expect(result.reason).toMatch(/\w{3,}/);
  });

  test('a truncated pixel data value is reported with the byte where the file ends', () => {
    const bytes = bytesOf('malformed/MR_truncated.dcm');
    const result = parseDicomHeader(bytes, 'MR_truncated.dcm');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(`truncated at byte ${bytes.length}`);
  });

  test('a gzip-compressed file is named as such', () => {
    const result = parseDicomHeader(bytesOf('malformed/zipMR.gz'), 'zipMR.gz');
    expect(result).toEqual({ ok: false, reason: 'not DICOM: gzip-compressed file' });
  });

  test('Pixel Data offsets point at the value pydicom reads', () => {
    const file = 'transfer_syntax/MR_small.dcm';
    const result = parseDicomHeader(bytesOf(file), file);
    if (!result.ok) throw new Error(result.reason);
    const where = python<{ offset: number; length: number }>(
      `import json, pydicom
ds = pydicom.dcmread('${file}')
raw = open('${file}', 'rb').read()
print(json.dumps({'offset': raw.rfind(ds.PixelData), 'length': len(ds.PixelData)}))`,
    );
    expect(result.instance.pixelData).toEqual({ ...where, encapsulated: false });
  });
});
