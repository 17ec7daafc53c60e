import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import type { BuildInstance } from '../../../../src/domain/package/buildPackage';

export const PYTHON = '/usr/bin/python3';

export function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

export function run(command: string, args: readonly string[], cwd?: string) {
  const r = spawnSync(command, args, {
    encoding: 'latin1',
    maxBuffer: 64 * 1024 * 1024,
    ...(cwd ? { cwd } : {}),
  });
  if (r.error) throw r.error;
  return { status: r.status, out: r.stdout + r.stderr };
}

/** Patient ID, Study and Series Instance UIDs of each file, read by pydicom (independent of our parser). */
export function describeFiles(
  paths: readonly string[],
): { patientId: string; study: string; series: string }[] {
  const script =
    'import sys,json,pydicom\nout=[]\nfor p in sys.argv[1:]:\n d=pydicom.dcmread(p,stop_before_pixels=True,force=True)\n out.append({"patientId":str(d.get("PatientID","")),"study":str(d.get("StudyInstanceUID","")),"series":str(d.get("SeriesInstanceUID",""))})\nprint(json.dumps(out))';
  const r = spawnSync(PYTHON, ['-c', script, ...paths], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(r.stdout) as { patientId: string; study: string; series: string }[];
}

export function instancesOf(paths: readonly string[]): BuildInstance[] {
  return describeFiles(paths).map((d, key) => ({
    key,
    size: statSync(paths[key] as string).size,
    patientKey: d.patientId,
    studyInstanceUid: d.study,
    seriesInstanceUid: d.series,
    label: paths[key] as string,
  }));
}

/** The folder writer of a package, on Node's file system (the app uses the File System Access API). */
export function nodeWriteFile(root: string) {
  return async (path: string, data: AsyncIterable<Uint8Array>): Promise<void> => {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    const out = createWriteStream(target);
    for await (const chunk of data) if (!out.write(chunk)) await once(out, 'drain');
    out.end();
    await once(out, 'close');
  };
}

export function fileBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}
