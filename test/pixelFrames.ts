import { execFileSync } from 'node:child_process';

/**
 * The frames holding pixels in a folder of DICOM files, as pydicom (an independent reader) counts them,
 * files without a DICM preamble included. Reports and waveforms have none.
 */
export function pixelFrames(dir: string): number {
  const script = `
import os, sys, warnings, pydicom
warnings.filterwarnings('ignore')
frames = 0
for d, _, files in os.walk(sys.argv[1]):
    for f in files:
        try:
            ds = pydicom.dcmread(os.path.join(d, f), force=True)
        except Exception:
            continue
        if 'PixelData' in ds:
            frames += int(ds.get('NumberOfFrames', 1) or 1)
print(frames)
`;
  return Number(execFileSync('/usr/bin/python3', ['-c', script, dir], { encoding: 'utf8' }).trim());
}
