import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dicomDir } from '../../../sharedData';

/** Every file under a folder of the shared DICOM data, as paths relative to that data's root. */
export function sharedFiles(...under: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(join(dicomDir, ...under))
    .map((p) => relative(dicomDir, p))
    .sort();
}

/** Runs a Python snippet with Debian's python3 (which has pydicom) and parses the JSON it prints. */
export function python<T>(script: string, ...args: string[]): T {
  const out = execFileSync('/usr/bin/python3', ['-c', script, ...args], {
    cwd: dicomDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return JSON.parse(out) as T;
}

/** The MANIFEST.tsv rows, keyed by relative path. */
export function manifest(): Map<string, Record<string, string>> {
  const text = readFileSync(join(dicomDir, 'MANIFEST.tsv'), 'utf8');
  const [header = '', ...lines] = text.trimEnd().split('\n');
  const columns = header.split('\t');
  return new Map(
    lines.map((line) => {
      const cells = line.split('\t');
      const row = Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
      return [row['relative_path'] ?? '', row];
    }),
  );
}
