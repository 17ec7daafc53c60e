import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assignFileIds, readDirectoryInstance, writeDicomdir } from '../../../../src/domain/dicomdir-write';
import type { DirectoryInstance } from '../../../../src/domain/dicomdir-write';

export const PYTHON = '/usr/bin/python3';

export function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

export function isPart10(path: string): boolean {
  const head = readFileSync(path).subarray(0, 132);
  return head.length === 132 && head.toString('latin1', 128, 132) === 'DICM';
}

/** Part 10 instances, leaving out directory files (a DICOMDIR or Philips DIRFILE is not an instance). */
export function isInstance(path: string): boolean {
  return isPart10(path) && !readFileSync(path).subarray(0, 1024).includes('1.2.840.10008.1.3.10');
}

function idText(value: string | Uint8Array): string {
  return typeof value === 'string' ? value : Buffer.from(value).toString('latin1');
}

export interface BuiltFileSet {
  readonly sources: readonly string[];
  readonly instances: readonly DirectoryInstance[];
  readonly warnings: readonly string[];
}

/** Copies the files under File IDs from assignFileIds and writes the DICOMDIR beside them, as an export does. */
export function buildFileSet(sources: readonly string[], outDir: string): BuiltFileSet {
  const warnings: string[] = [];
  const read = sources.map((path) =>
    readDirectoryInstance(new Uint8Array(readFileSync(path)), [path], (m) => warnings.push(m)),
  );
  const ids = assignFileIds(
    read.map((i) => ({
      patientId: idText(i.patient.patientId),
      studyInstanceUid: i.study.studyInstanceUid,
      seriesInstanceUid: i.series.seriesInstanceUid,
    })),
  );
  const instances = read.map((instance, i) => {
    const fileId = ids[i] as string[];
    mkdirSync(join(outDir, ...fileId.slice(0, -1)), { recursive: true });
    copyFileSync(sources[i] as string, join(outDir, ...fileId));
    return { ...instance, fileId };
  });
  const result = writeDicomdir(instances, {
    implementationClassUid: '1.2.826.0.1.3680043.10.1234.1',
    implementationVersionName: 'IMAGINGVAULT_01',
    fileSetId: 'IMAGING_VAULT',
  });
  writeFileSync(join(outDir, 'DICOMDIR'), result.bytes);
  return { sources, instances, warnings: [...warnings, ...result.warnings] };
}

export function run(
  command: string,
  args: readonly string[],
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(command, args, { encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * An independent check with pydicom: every key of every record equals the value in the file it stands for
 * (PATIENT, STUDY and SERIES keys against each instance below them), decoded by pydicom with each side's
 * own Specific Character Set. Invented values are listed so the test can compare them with the warnings.
 */
export const COMPARE_RECORDS_PY = String.raw`
import sys, json, os, pydicom
from pydicom.fileset import FileSet
root = sys.argv[1]
dd = pydicom.dcmread(os.path.join(root, 'DICOMDIR'))
fs = FileSet(dd)
STRUCT = {'OffsetOfTheNextDirectoryRecord','RecordInUseFlag','OffsetOfReferencedLowerLevelDirectoryEntity',
          'DirectoryRecordType','ReferencedFileID','ReferencedSOPClassUIDInFile','ReferencedSOPInstanceUIDInFile',
          'ReferencedTransferSyntaxUIDInFile','SpecificCharacterSet'}
FALLBACK = {'StudyDate': ['StudyDate','SeriesDate','ContentDate','AcquisitionDate'],
            'StudyTime': ['StudyTime','SeriesTime','ContentTime','AcquisitionTime']}
mismatches, absent, seen = [], [], {}
def norm(v):
    if isinstance(v, pydicom.sequence.Sequence):
        return [[(e.keyword, norm(e.value)) for e in item] for item in v]
    if isinstance(v, (list, pydicom.multival.MultiValue)):
        return [norm(x) for x in v]
    return str(v).strip()
# A PATIENT, STUDY or SERIES record must hold the value of at least one instance below it (sources may
# disagree among themselves, e.g. two Study Times for one study); a leaf record that of its own file.
for inst in fs:
    ds = inst.load()
    node = inst.node
    while node is not None and hasattr(node, 'record_type'):
        rec = node._record
        for el in rec:
            kw = el.keyword
            if kw in STRUCT or not kw:
                continue
            cands = FALLBACK.get(kw, [kw])
            src = next((ds[c] for c in cands if c in ds and ds[c].value not in (None, '') and str(ds[c].value).strip() != ''), None)
            entry = seen.setdefault((id(rec), kw), {'record': norm(el.value), 'files': [], 'where': '%s %s %s' % (node.record_type, kw, inst.path)})
            if src is None:
                if norm(el.value) not in ('', [], 'None'):
                    absent.append(entry['where'])  # a Type 1 value the writer had to invent
                entry['files'].append(entry['record'])
            elif src.keyword != kw:
                entry['files'].append(entry['record'])  # study date/time taken from a series or content date
            else:
                entry['files'].append(norm(src.value))
        node = node.parent
for e in seen.values():
    if e['record'] not in e['files']:
        mismatches.append('%s: record %r, files %r' % (e['where'], e['record'], e['files'][:3]))
checked = len(seen)
print(json.dumps({'instances': len(fs), 'checked': checked, 'mismatches': mismatches, 'absent': absent}))
`;
