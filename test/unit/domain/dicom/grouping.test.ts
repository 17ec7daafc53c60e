import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importFlags, seriesFlags } from '../../../../src/domain/dicom/checks/seriesFlags';
import { sliceSpacing } from '../../../../src/domain/dicom/checks/sliceSpacing';
import {
  groupInstances,
  type GroupInput,
  type SeriesGroup,
} from '../../../../src/domain/dicom/group/groupInstances';
import { parseDicomHeader } from '../../../../src/domain/dicom/parseDicomHeader';
import { dicomPath } from '../../../sharedData';
import { python, sharedFiles } from './helpers';

function inputs(files: readonly string[]): GroupInput[] {
  return files.flatMap((path) => {
    const bytes = readFileSync(dicomPath(path));
    const r = parseDicomHeader(new Uint8Array(bytes), path);
    if (!r.ok) return [];
    return [
      {
        instance: r.instance,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        size: bytes.length,
        path,
      },
    ];
  });
}

interface Truth {
  patients: number;
  series: Record<string, { count: number; bytes: number }>;
  studies: Record<string, number>;
}

/** pydicom's grouping of the image files (not DICOMDIRs) under a folder, with file sizes. */
function pydicomGrouping(folder: string): Truth {
  return python<Truth>(
    `import json, os, sys, collections, pydicom
series = collections.defaultdict(lambda: {'count': 0, 'bytes': 0}); studies = collections.Counter(); patients = set()
for root, _, names in os.walk(sys.argv[1]):
    for name in names:
        path = os.path.join(root, name)
        try:
            ds = pydicom.dcmread(path, stop_before_pixels=True)
        except Exception:
            continue
        if 'SOPInstanceUID' not in ds:
            continue
        patients.add((ds.get('PatientID', ''), ds.get('IssuerOfPatientID', '')))
        s = series[ds.SeriesInstanceUID]; s['count'] += 1; s['bytes'] += os.path.getsize(path)
        studies[ds.StudyInstanceUID] += 1
print(json.dumps({'patients': len(patients), 'series': series, 'studies': studies}))`,
    folder,
  );
}

function seriesByUid(files: readonly string[]): Map<string, SeriesGroup> {
  const grouping = groupInstances(inputs(files));
  return new Map(
    grouping.patients.flatMap((p) =>
      p.studies.flatMap((s) => s.series.map((x) => [x.info.seriesInstanceUid ?? '', x])),
    ),
  );
}

describe('groupInstances over real data, checked against pydicom', () => {
  test.each(['series', 'dicomdir'])('%s/', (folder) => {
    const grouping = groupInstances(inputs(sharedFiles(folder)));
    const truth = pydicomGrouping(folder);
    expect(grouping.patients).toHaveLength(truth.patients);
    const series = Object.fromEntries(
      grouping.patients.flatMap((p) =>
        p.studies.flatMap((s) =>
          s.series.map((x) => [x.info.seriesInstanceUid, { count: x.instanceCount, bytes: x.byteSize }]),
        ),
      ),
    );
    expect(series).toEqual(truth.series);
    const studies = Object.fromEntries(
      grouping.patients.flatMap((p) => p.studies.map((s) => [s.info.studyInstanceUid, s.instanceCount])),
    );
    expect(studies).toEqual(truth.studies);
    expect(grouping.duplicates).toEqual([]);
    expect(grouping.conflicts).toEqual([]);
  });

  test('the disc with several patients is flagged', () => {
    const grouping = groupInstances(inputs(sharedFiles('dicomdir')));
    const flags = importFlags(grouping);
    expect(flags.map((f) => f.code)).toEqual(['multiple-patients']);
    expect(flags[0]?.text).toContain(`${grouping.patients.length} different patients`);
  });
});

describe('duplicates and conflicts', () => {
  const [one] = inputs(['transfer_syntax/CT_small.dcm']);
  if (!one) throw new Error('fixture unreadable');

  test('the same file twice is counted once', () => {
    const grouping = groupInstances([one, { ...one, path: 'copy/CT_small.dcm' }]);
    expect(grouping.instanceCount).toBe(1);
    expect(grouping.duplicates).toEqual([
      { path: 'copy/CT_small.dcm', duplicateOf: one.path, sopInstanceUid: one.instance.image.sopInstanceUid },
    ]);
  });

  test('the same SOP Instance UID with other bytes keeps both and flags the conflict', () => {
    const other = { ...one, path: 'other/CT_small.dcm', sha256: 'f'.repeat(64) };
    const grouping = groupInstances([one, other]);
    expect(grouping.instanceCount).toBe(2);
    expect(grouping.conflicts).toEqual([
      { sopInstanceUid: one.instance.image.sopInstanceUid, paths: [one.path, other.path] },
    ]);
  });
});

describe('series checks', () => {
  test('slice spacing: positions projected on the normal match numpy, unevenness as the rule says', () => {
    for (const folder of sharedFiles('series')
      .map((f) => f.split('/')[1])
      .filter((v, i, a) => a.indexOf(v) === i)) {
      const files = sharedFiles('series', folder ?? '');
      const steps = python<number[]>(
        `import json, sys, numpy as np, pydicom
pos = []
for p in json.loads(sys.argv[1]):
    try: ds = pydicom.dcmread(p, stop_before_pixels=True)
    except Exception: continue
    if 'ImagePositionPatient' not in ds: continue
    o = np.array(ds.ImageOrientationPatient, float); n = np.cross(o[:3], o[3:]); n /= np.linalg.norm(n)
    pos.append(float(np.dot(np.array(ds.ImagePositionPatient, float), n)))
print(json.dumps(np.diff(np.unique(np.round(pos, 6))).tolist()))`,
        JSON.stringify(files),
      );
      const [stack] = sliceSpacing(inputs(files).map((i) => i.instance));
      if (!stack) throw new Error(`no stack in ${folder}`);
      expect(stack.minimum).toBeCloseTo(Math.min(...steps), 4);
      expect(stack.maximum).toBeCloseTo(Math.max(...steps), 4);
      const sorted = [...steps].sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      const typical =
        sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
      const uneven = steps.some((s) => Math.abs(s - typical) > Math.max(0.05, 0.1 * typical));
      expect(stack.uneven, folder).toBe(uneven);
    }
  });

  test('the GE series with variable spacing is flagged', () => {
    const series = [...seriesByUid(sharedFiles('series', 'ge_ct_28_variable_spacing')).values()];
    expect(series).toHaveLength(1);
    expect(seriesFlags(series[0] as SeriesGroup).map((f) => f.code)).toContain('uneven-spacing');
  });

  test('removed slices show as instance-number gaps, a spacing gap, and fewer than the DICOMDIR lists', () => {
    const files = sharedFiles('series', 'pacsman_synthetic_mr_128');
    const all = inputs(files);
    const numbers = all.map((i) => i.instance.image.instanceNumber ?? -1).sort((a, b) => a - b);
    const removed = [numbers[10], numbers[11]];
    const kept = all.filter((i) => !removed.includes(i.instance.image.instanceNumber));
    const [series] = groupInstances(kept).patients[0]?.studies[0]?.series ?? [];
    if (!series) throw new Error('no series');
    const flags = seriesFlags(series, all.length);
    const codes = flags.map((f) => f.code);
    expect(codes).toContain('instance-number-gaps');
    expect(flags.find((f) => f.code === 'instance-number-gaps')?.text).toContain(
      `${removed[0]}, ${removed[1]}`,
    );
    expect(flags.find((f) => f.code === 'fewer-than-dicomdir')?.text).toContain(
      `lists ${all.length} images for this series but ${kept.length} were found`,
    );
    const fullSeries = groupInstances(all).patients[0]?.studies[0]?.series[0];
    const evenWhenWhole = sliceSpacing(all.map((i) => i.instance))[0]?.uneven;
    if (evenWhenWhole === false) {
      expect(codes).toContain('uneven-spacing');
      expect(flags.find((f) => f.code === 'uneven-spacing')?.text).toMatch(/about 2 between/);
    }
    expect(seriesFlags(fullSeries as SeriesGroup, all.length).map((f) => f.code)).not.toContain(
      'instance-number-gaps',
    );
  });

  test('lossy and burned-in flags follow the files', () => {
    const flagsOf = (file: string): string[] => {
      const [series] = seriesByUid([file]).values();
      return seriesFlags(series as SeriesGroup).map((f) => f.code);
    };
    const lic = python<Record<string, string | null>>(
      `import json, pydicom
out = {}
for p in ['transfer_syntax/JPEG-lossy.dcm', 'transfer_syntax/CT_small.dcm', 'modality/gdcm-US-RGB-8-esopecho.dcm']:
    ds = pydicom.dcmread(p, stop_before_pixels=True)
    out[p] = ds.file_meta.TransferSyntaxUID.name
print(json.dumps(out))`,
    );
    expect(lic['transfer_syntax/JPEG-lossy.dcm']).toMatch(/JPEG Extended/);
    expect(flagsOf('transfer_syntax/JPEG-lossy.dcm')).toContain('lossy');
    expect(flagsOf('transfer_syntax/CT_small.dcm')).toEqual([]);
    expect(flagsOf('modality/gdcm-US-RGB-8-esopecho.dcm')).toContain('burned-in-annotation');
    expect(flagsOf('charset/chrFren.dcm')).toContain('burned-in-annotation');
  });
});
