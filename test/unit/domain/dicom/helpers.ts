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

type Value = string | Uint8Array | number[];
export type ElementSpec = readonly [tag: number, vr: string, value: Value];

const LONG = new Set(['OB', 'OW', 'OF', 'SQ', 'UT', 'UN', 'UC', 'UR', 'OD', 'OL', 'OV', 'SV', 'UV']);

function valueBytes(vr: string, value: Value): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return new Uint8Array(value);
  const bytes = [...value].map((c) => c.charCodeAt(0) & 0xff);
  if (bytes.length % 2 === 1) bytes.push(vr === 'UI' ? 0 : 0x20);
  return new Uint8Array(bytes);
}

/** Encodes elements in explicit VR little endian, in the order given. */
export function explicitLE(elements: readonly ElementSpec[]): Uint8Array {
  const parts: number[] = [];
  for (const [tag, vr, value] of elements) {
    const bytes = valueBytes(vr, value);
    const group = tag >>> 16;
    const element = tag & 0xffff;
    parts.push(group & 0xff, group >> 8, element & 0xff, element >> 8, vr.charCodeAt(0), vr.charCodeAt(1));
    const n = bytes.length;
    if (LONG.has(vr)) parts.push(0, 0, n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24);
    else parts.push(n & 0xff, n >> 8);
    parts.push(...bytes);
  }
  return new Uint8Array(parts);
}

/** A Part 10 file: preamble, "DICM", file meta information, then `dataSet` in explicit VR little endian. */
export function part10(
  dataSet: readonly ElementSpec[],
  transferSyntaxUid = '1.2.840.10008.1.2.1',
): Uint8Array {
  const sop = dataSet.find(([t]) => t === 0x00080018)?.[2];
  const metaBody = explicitLE([
    [0x00020001, 'OB', [0, 1]],
    [0x00020002, 'UI', '1.2.840.10008.5.1.4.1.1.7'],
    [0x00020003, 'UI', typeof sop === 'string' ? sop : '1.2.3'],
    [0x00020010, 'UI', transferSyntaxUid],
  ]);
  const length = metaBody.length;
  const groupLength = explicitLE([[0x00020000, 'UL', [length & 0xff, (length >> 8) & 0xff, 0, 0]]]);
  const body = explicitLE(dataSet);
  const out = new Uint8Array(132 + groupLength.length + metaBody.length + body.length);
  out.set([0x44, 0x49, 0x43, 0x4d], 128);
  out.set(groupLength, 132);
  out.set(metaBody, 132 + groupLength.length);
  out.set(body, 132 + groupLength.length + metaBody.length);
  return out;
}

/** The minimal identifying elements of an image, for synthetic files. */
export function minimalImage(overrides: readonly ElementSpec[] = []): ElementSpec[] {
  const base: ElementSpec[] = [
    [0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.2'],
    [0x00080018, 'UI', '1.2.3.4.5'],
    [0x00080060, 'CS', 'CT'],
    [0x00100010, 'PN', 'Doe^Jane'],
    [0x00100020, 'LO', 'P1'],
    [0x0020000d, 'UI', '1.2.3.1'],
    [0x0020000e, 'UI', '1.2.3.2'],
  ];
  const byTag = new Map(base.map((e) => [e[0], e]));
  for (const e of overrides) byTag.set(e[0], e);
  return [...byTag.values()].sort((a, b) => a[0] - b[0]);
}
