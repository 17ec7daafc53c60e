import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dicomDir, dicomPath } from '../../../sharedData';

/** One frame of the pydicom/GDCM reference written by pixelReference.py. */
export interface ReferenceFrame {
  readonly path: string;
  readonly shape: [number, number, number];
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly mod?: string;
  readonly voi?: string;
  readonly pal?: string;
  readonly rgb?: string;
  /** Window of the frame from the Frame VOI LUT Sequence in the functional groups. */
  readonly fgWindow?: [number, number];
  readonly extrasError?: string;
}

export interface Reference {
  readonly file: string;
  readonly status: 'ok' | 'no-pixels' | 'error';
  readonly via?: 'pydicom' | 'gdcmconv' | 'pillow-openjpeg' | 'none';
  readonly pydicomError?: string;
  readonly error?: string;
  readonly photometric?: string;
  readonly dtype?: string;
  readonly frames?: ReferenceFrame[];
}

/** Rows of MANIFEST.tsv in the given folders, as relative paths. */
export function manifestFiles(folders: readonly string[]): string[] {
  const lines = readFileSync(dicomPath('MANIFEST.tsv'), 'utf8').split('\n').slice(1);
  return lines
    .map((line) => line.split('\t')[0] ?? '')
    .filter((path) => folders.some((f) => path.startsWith(`${f}/`)));
}

/** Runs the Python reference over `files` (relative to the DICOM folder); call `dispose` when done. */
export function produceReferences(files: readonly string[]): {
  refs: Map<string, Reference>;
  dispose(): void;
} {
  const out = mkdtempSync(join(tmpdir(), 'pixel-ref-'));
  const script = join(import.meta.dirname, 'pixelReference.py');
  const stdout = execFileSync('/usr/bin/python3', [script, out, ...files], {
    cwd: dicomDir,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  }).toString('utf8');
  const refs = new Map<string, Reference>();
  for (const line of stdout.split('\n').filter(Boolean)) {
    const ref = JSON.parse(line) as Reference;
    refs.set(ref.file, ref);
  }
  return { refs, dispose: () => rmSync(out, { recursive: true, force: true }) };
}

export function readInt32(path: string): Int32Array {
  const b = readFileSync(path);
  return new Int32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

export function readFloat32(path: string): Float32Array {
  const b = readFileSync(path);
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

export function readFloat(path: string, dtype: string): Float32Array | Float64Array {
  const b = readFileSync(path);
  const buffer = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  return dtype === 'float64' ? new Float64Array(buffer) : new Float32Array(buffer);
}

/** Differences between two equally long sample arrays. */
export function compareSamples(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
): { maxAbs: number; meanAbs: number; firstMismatch: number } {
  let maxAbs = 0;
  let sum = 0;
  let firstMismatch = -1;
  for (let i = 0; i < expected.length; i++) {
    const d = Math.abs((actual[i] as number) - (expected[i] as number));
    if (d > 0 && firstMismatch < 0) firstMismatch = i;
    if (d > maxAbs) maxAbs = d;
    sum += d;
  }
  return { maxAbs, meanAbs: expected.length ? sum / expected.length : 0, firstMismatch };
}
