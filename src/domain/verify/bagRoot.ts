import type { PresentFile } from './types';
import { MANIFEST_NAME, TAGMANIFEST_NAME } from './manifestParse';

/**
 * Where the bag starts inside a listing: at the root (bagit.txt at top level) or inside exactly one
 * top-level folder, which is how a zipped bag usually unpacks. Returns the prefix to strip ("" or
 * "name/"), or undefined when no bagit.txt is found at either place (then verification reports it missing).
 */
export function findBagRoot(paths: readonly string[]): string | undefined {
  if (paths.includes('bagit.txt')) return '';
  const candidates = new Set<string>();
  for (const p of paths) {
    const parts = p.split('/');
    if (parts.length === 2 && parts[1] === 'bagit.txt' && parts[0] !== '__MACOSX')
      candidates.add(`${parts[0] ?? ''}/`);
  }
  return candidates.size === 1 ? [...candidates][0] : undefined;
}

/** The files under a prefix, with the prefix removed: the bag's own view of itself. */
export function withinRoot<T extends PresentFile>(files: readonly T[], prefix: string): T[] {
  return files
    .filter((f) => f.path.startsWith(prefix) && f.path.length > prefix.length)
    .map((f) => ({ ...f, path: f.path.slice(prefix.length) }));
}

/**
 * The small top-level files verification reads as text before hashing anything: the caller reads these
 * (and only these) into memory and hands their bytes to planBag.
 */
export function tagFilesToRead(files: readonly PresentFile[]): string[] {
  const wanted = (p: string) =>
    ['bagit.txt', 'bag-info.txt', 'package-info.txt', 'fetch.txt'].includes(p) ||
    MANIFEST_NAME.test(p) ||
    TAGMANIFEST_NAME.test(p);
  return files.map((f) => f.path).filter((p) => !p.includes('/') && wanted(p));
}
