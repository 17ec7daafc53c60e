import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BagView, FileDigests, HashJob } from '../../../../src/domain/verify';
import { tagFilesToRead } from '../../../../src/domain/verify';

/** The abstract view of a bag directory on disk, built with Node fs (what a folder picker gives the app). */
export function bagViewOf(dir: string): BagView {
  const files: { path: string; size: number }[] = [];
  const directories: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = join(entry.parentPath, entry.name);
    const path = relative(dir, full).split(sep).join('/');
    if (entry.isDirectory()) directories.push(path);
    else if (entry.isFile()) files.push({ path, size: readFileSync(full).length });
  }
  const tagFiles = new Map(
    tagFilesToRead(files).map((p) => [p, new Uint8Array(readFileSync(join(dir, p)))] as const),
  );
  return { files, directories, tagFiles };
}

const NODE_NAME = {
  md5: 'md5',
  sha1: 'sha1',
  sha224: 'sha224',
  sha256: 'sha256',
  sha384: 'sha384',
  sha512: 'sha512',
} as const;

/** Digests of a file with node:crypto, independent of the app's hashing code. */
export function nodeDigests(dir: string, job: HashJob): FileDigests {
  const bytes = readFileSync(join(dir, ...job.path.split('/')));
  return Object.fromEntries(
    job.algorithms.map((a) => [a, createHash(NODE_NAME[a]).update(bytes).digest('hex')]),
  );
}
