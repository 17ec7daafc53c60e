import { execFileSync } from 'node:child_process';

export interface FolderTruth {
  readonly patients: number;
  readonly studies: number;
  readonly series: number;
  readonly images: number;
  readonly studyImages: Record<string, number>;
}

/**
 * What pydicom (an independent reader) finds in a folder: the patients, studies, series and distinct
 * instances of its DICOM files, leaving out DICOMDIRs. The tests compare the app's library with it.
 */
export function folderTruth(dir: string): FolderTruth {
  const script = `
import os, sys, json, hashlib, warnings, pydicom
warnings.filterwarnings('ignore')
root = sys.argv[1]
pats, studies, series, inst = set(), {}, set(), set()
for d, _, files in os.walk(root):
    for f in files:
        p = os.path.join(d, f)
        try:
            ds = pydicom.dcmread(p, stop_before_pixels=True)
        except Exception:
            continue
        meta = getattr(ds, 'file_meta', None)
        if meta is not None and str(meta.get('MediaStorageSOPClassUID', '')) == '1.2.840.10008.1.3.10':
            continue
        if 'DirectoryRecordSequence' in ds or 'SOPInstanceUID' not in ds:
            continue
        digest = hashlib.sha256(open(p, 'rb').read()).hexdigest()
        key = (str(ds.SOPInstanceUID), digest)
        if key in inst:
            continue
        inst.add(key)
        pats.add((str(ds.get('PatientID', '')), str(ds.get('IssuerOfPatientID', ''))))
        su = str(ds.get('StudyInstanceUID', ''))
        studies[su] = studies.get(su, 0) + 1
        series.add(str(ds.get('SeriesInstanceUID', '')))
print(json.dumps({'patients': len(pats), 'studies': len(studies), 'series': len(series), 'images': len(inst), 'studyImages': studies}))
`;
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script, dir], { encoding: 'utf8' }),
  ) as FolderTruth;
}
