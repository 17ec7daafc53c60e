import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** BagIt fixtures built with Node alone, for the Verify specs. */

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const posix = (from: string, to: string) => relative(from, to).split('\\').join('/');

/** (Re)writes the manifests, bag-info (with Payload-Oxum) and tag manifest of the bag at `bag`. */
export function sealBag(bag: string): void {
  const payload = filesUnder(join(bag, 'data')).sort();
  const octets = payload.reduce((sum, f) => sum + statSync(f).size, 0);
  writeFileSync(join(bag, 'bagit.txt'), 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
  writeFileSync(
    join(bag, 'bag-info.txt'),
    `Bagging-Date: 2025-01-15\nPayload-Oxum: ${octets}.${payload.length}\nExternal-Description: Test package\n`,
  );
  writeFileSync(
    join(bag, 'manifest-sha256.txt'),
    payload.map((f) => `${sha256(readFileSync(f))}  ${posix(bag, f)}\n`).join(''),
  );
  writeFileSync(
    join(bag, 'tagmanifest-sha256.txt'),
    ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt']
      .map((f) => `${sha256(readFileSync(join(bag, f)))}  ${f}\n`)
      .join(''),
  );
}

/** A folder package's fingerprint, as the sender's screen gives it: SHA-256 of tagmanifest-sha256.txt. */
export const folderFingerprint = (bag: string) => sha256(readFileSync(join(bag, 'tagmanifest-sha256.txt')));
