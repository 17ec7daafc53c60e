import { describe, expect, test } from 'vitest';
import { classifyFile } from '../../../../src/domain/dicom/classify/classifyFile';
import { describeSkipped } from '../../../../src/domain/dicom/classify/junkKinds';
import { parseDicomHeader } from '../../../../src/domain/dicom/parseDicomHeader';
import { explicitLE, minimalImage, part10 } from '../../../support/syntheticDicom.mjs';

const ascii = (s: string): Uint8Array => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
const classify = (path: string, bytes: Uint8Array): ReturnType<typeof classifyFile> =>
  classifyFile(path, bytes.length, bytes.subarray(0, 4096));

function withHead(head: number[] | Uint8Array, size = 1000): Uint8Array {
  const out = new Uint8Array(size);
  out.set(head);
  return out;
}

describe('classifyFile: disc junk, by content and name', () => {
  test.each([
    ['VIEWER/VIEWER.EXE', withHead(ascii('MZ')), 'viewer-program'],
    ['lib/libview.so', withHead([0x7f, 0x45, 0x4c, 0x46]), 'viewer-program'],
    ['autorun.inf', ascii('[autorun]\r\nopen=viewer.exe\r\n'), 'autorun'],
    ['index.html', ascii('<!DOCTYPE html><html><body>Viewer</body></html>'), 'viewer-web'],
    ['viewer/app.js', ascii('function start() { return 1; }\n'), 'viewer-web'],
    ['viewer/style.css', ascii('body { margin: 0 }\n'), 'viewer-web'],
    ['preview/IM1.JPG', withHead([0xff, 0xd8, 0xff, 0xe0]), 'image-preview'],
    ['preview/IM1.png', withHead([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image-preview'],
    ['preview/IM1.bmp', withHead([0x42, 0x4d, 0xe8, 0x03, 0, 0]), 'image-preview'],
    ['REPORT.PDF', withHead(ascii('%PDF-1.7')), 'document'],
    ['brain.nii.gz', withHead([0x1f, 0x8b, 0x08]), 'nifti'],
    ['data.json', ascii('{"a": 1}'), 'data'],
    ['index.xml', ascii('<?xml version="1.0"?><a/>'), 'data'],
    ['README.TXT', ascii('Insert the disc and run the viewer.\n'), 'text'],
    ['export.zip', withHead(ascii('PK\x03\x04')), 'archive'],
    ['IM1.gz', withHead([0x1f, 0x8b, 0x08]), 'archive'],
    ['.DS_Store', withHead([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]), 'system'],
    ['empty.dcm', new Uint8Array(0), 'empty'],
  ] as const)('%s', (path, bytes, category) => {
    expect(classify(path, bytes)).toMatchObject({ kind: 'junk', category });
  });

  test('a NIfTI-1 header is recognised by its size field and magic', () => {
    const bytes = withHead([0x5c, 0x01, 0, 0], 400);
    bytes.set(ascii('n+1\0'), 344);
    expect(classify('brain.nii', bytes)).toMatchObject({ kind: 'junk', category: 'nifti' });
  });

  test('unknown binary is "not DICOM" with a reason, never force-read', () => {
    const bytes = withHead([0x13, 0x37, 0xbe, 0xef, 1, 2, 3, 4]);
    const kind = classify('mystery.bin', bytes);
    expect(kind.kind).toBe('not-dicom');
    const parsed = parseDicomHeader(bytes, 'mystery.bin');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(/not DICOM/);
  });

  test('the skipped-files sentence', () => {
    expect(describeSkipped(['image-preview', 'viewer-program', 'image-preview'], 1)).toBe(
      'skipped 4 files: 2 image previews, 1 viewer program file, 1 other file that are not DICOM',
    );
    expect(describeSkipped([])).toBe('');
  });
});

describe('classifyFile: DICOM with and without the Part 10 header', () => {
  const dataSet = explicitLE(minimalImage());

  test('Part 10 file, whatever its name', () => {
    expect(classify('IMAGE.JPG', part10(minimalImage()))).toEqual({ kind: 'dicom', layout: 'part10' });
  });

  test('a bare explicit VR little endian data set', () => {
    expect(classify('IM0001', dataSet)).toEqual({ kind: 'dicom', layout: 'raw', encoding: 'explicit-le' });
    const parsed = parseDicomHeader(dataSet, 'IM0001');
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.instance.layout).toBe('raw');
    expect(parsed.instance.patient.name?.alphabetic.family).toBe('Doe');
  });

  test('strict: tags out of order, odd lengths or bad VRs are not DICOM', () => {
    const swapped = explicitLE([minimalImage()[1], minimalImage()[0], ...minimalImage().slice(2)] as never);
    expect(classify('x', swapped).kind).not.toBe('dicom');
    const badVr = dataSet.slice();
    badVr[4] = 0x51; // "QI" instead of "UI"
    expect(classify('x', badVr).kind).not.toBe('dicom');
    const oddLength = dataSet.slice();
    oddLength[6] = (oddLength[6] ?? 0) + 1;
    expect(classify('x', oddLength).kind).not.toBe('dicom');
  });

  test('a missing SOP Instance UID is the reason given, unless the file meta has it', () => {
    const elements = minimalImage().filter(([tag]) => tag !== 0x00080018);
    const parsed = parseDicomHeader(explicitLE(elements), 'IM0002');
    expect(parsed).toEqual({
      ok: false,
      reason: expect.stringMatching(/missing SOP Instance UID \(0008,0018\)/),
    });
    const withMeta = parseDicomHeader(part10(elements), 'x.dcm');
    if (!withMeta.ok) throw new Error(withMeta.reason);
    expect(withMeta.instance.warnings.join(' ')).toMatch(/Media Storage SOP Instance UID is used/);
  });

  test('a file cut in the middle of its header names the element and the byte', () => {
    const whole = part10(minimalImage([[0x00081030, 'LO', 'A study description long enough']]));
    const cut = whole.slice(0, whole.length - 10);
    const parsed = parseDicomHeader(cut, 'cut.dcm');
    expect(parsed).toEqual({
      ok: false,
      reason: expect.stringMatching(new RegExp(`truncated at byte ${cut.length}`)),
    });
  });
});
