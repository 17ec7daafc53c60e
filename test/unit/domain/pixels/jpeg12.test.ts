import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFrame, openPixelSource } from '../../../../src/domain/pixels';
import { jpegLevelShiftBias } from '../../../../src/domain/pixels/codecs/jpegBaseline';
import { dicomPath } from '../../../sharedData';

/** pydicom (with GDCM) decodes the same file; prints the mean and largest absolute difference. */
function compareWithPydicom(
  file: string,
  ours: Uint16Array | Int16Array | Uint8Array,
): { mean: number; max: number } {
  const dir = mkdtempSync(join(tmpdir(), 'jpeg12-'));
  try {
    const raw = join(dir, 'ours.raw');
    writeFileSync(raw, new Int32Array(Array.from(ours)));
    const out = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        `import sys, numpy as np, pydicom
ds = pydicom.dcmread(sys.argv[1]); ref = ds.pixel_array.astype(np.int64).ravel()
ours = np.fromfile(sys.argv[2], dtype=np.int32).astype(np.int64)
d = np.abs(ours - ref); print(d.mean(), d.max())`,
        file,
        raw,
      ],
      { encoding: 'utf8' },
    );
    const [mean, max] = out.trim().split(/\s+/).map(Number);
    return { mean: mean ?? NaN, max: max ?? NaN };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('12-bit JPEG Extended (Process 4)', () => {
  it('knows the decoder’s level-shift bias: 15 counts for 12-bit, none for 8-bit', () => {
    expect(jpegLevelShiftBias(12)).toBe(15);
    expect(jpegLevelShiftBias(8)).toBe(0);
  });

  it.each(['transfer_syntax/JPGExtended.dcm', 'transfer_syntax/JPEG-lossy.dcm'])(
    '%s decodes to within one count of pydicom/GDCM',
    async (file) => {
      const source = openPixelSource(new Uint8Array(readFileSync(dicomPath(file))));
      expect(source.ok).toBe(true);
      if (!source.ok) return;
      const frame = await decodeFrame(source.value, 0);
      expect(frame.ok, frame.ok ? '' : frame.error.message).toBe(true);
      if (!frame.ok) return;
      expect(frame.value.lossy).toBe(true);
      const { mean, max } = compareWithPydicom(dicomPath(file), frame.value.pixels as Uint16Array);
      expect(mean).toBeLessThan(0.5);
      expect(max).toBeLessThanOrEqual(1);
    },
  );
});
