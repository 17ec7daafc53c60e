import { createHash } from 'node:crypto';
import type { BagView, ChecksumAlgorithm, FileDigests, HashJob } from '../../../../src/domain/verify';
import { tagFilesToRead } from '../../../../src/domain/verify';

export const enc = (s: string) => new TextEncoder().encode(s);
export const hex = (a: ChecksumAlgorithm, b: Uint8Array) => createHash(a).update(b).digest('hex');

/** A bag made in memory: payload files, manifests computed with node:crypto, then edited by the test. */
export function makeBag(
  payload: Record<string, string>,
  algorithms: ChecksumAlgorithm[] = ['sha256', 'md5'],
  version = '1.0',
) {
  const files = new Map<string, Uint8Array>(Object.entries(payload).map(([p, t]) => [p, enc(t)]));
  files.set('bagit.txt', enc(`BagIt-Version: ${version}\nTag-File-Character-Encoding: UTF-8\n`));
  for (const a of algorithms) {
    files.set(
      `manifest-${a}.txt`,
      enc(
        Object.keys(payload)
          .map((p) => `${hex(a, files.get(p)!)}  ${p}\n`)
          .join(''),
      ),
    );
  }
  const octets = Object.values(payload).reduce((s, t) => s + enc(t).length, 0);
  files.set('bag-info.txt', enc(`Payload-Oxum: ${octets}.${Object.keys(payload).length}\n`));
  return files;
}

export function viewOf(files: ReadonlyMap<string, Uint8Array>): BagView {
  const list = [...files].map(([path, b]) => ({ path, size: b.length }));
  return { files: list, tagFiles: new Map(tagFilesToRead(list).map((p) => [p, files.get(p)!] as const)) };
}

export function digester(files: ReadonlyMap<string, Uint8Array>, calls: HashJob[] = []) {
  return async (job: HashJob): Promise<FileDigests> => {
    calls.push(job);
    const bytes = files.get(job.path);
    if (!bytes) throw new Error(`no such file ${job.path}`);
    return Object.fromEntries(job.algorithms.map((a) => [a, hex(a, bytes)]));
  };
}
