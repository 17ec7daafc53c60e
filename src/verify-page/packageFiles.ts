import { findBagRoot, withinRoot } from '../domain/verify';
import { readCentralDirectory, type ZipDirectoryEntry } from '../domain/zip/read';

/** One file of the package as the recipient gave it: a picked File, or an entry of the picked ZIP. */
export interface PackageFile {
  readonly path: string;
  readonly size: number;
  readonly source:
    | { readonly kind: 'file'; readonly file: File }
    | { readonly kind: 'zip'; readonly entry: ZipDirectoryEntry };
}

export interface PackageFiles {
  /** The picked folder's or ZIP's name. */
  readonly name: string;
  /** Relative to the bag's top folder. */
  readonly files: readonly PackageFile[];
  readonly zip?: File;
  readonly directories?: readonly string[];
  readonly warnings: readonly string[];
}

/**
 * The bag's top folder among the paths: bagit.txt at the top, one folder down (the folder holding this
 * page was picked), or two down (the folder the ZIP was unpacked into was picked).
 */
function bagPrefix(paths: readonly string[]): string {
  const root = findBagRoot(paths);
  if (root !== undefined) return root;
  const tops = new Set(paths.map((p) => p.split('/')[0] ?? ''));
  if (tops.size === 1) {
    const top = `${[...tops][0] ?? ''}/`;
    const inner = findBagRoot(paths.filter((p) => p.startsWith(top)).map((p) => p.slice(top.length)));
    if (inner !== undefined) return top + inner;
  }
  throw new Error(
    'No bagit.txt was found: choose the folder that holds verify.html, bagit.txt and data/ (or the ZIP file).',
  );
}

/** A folder picked through <input webkitdirectory>: each File knows its path below the picked folder. */
export function filesOfFolder(list: FileList): PackageFiles {
  const all = Array.from(list).map((file) => ({
    path: file.webkitRelativePath || file.name,
    size: file.size,
    source: { kind: 'file' as const, file },
  }));
  const prefix = bagPrefix(all.map((f) => f.path));
  return { name: all[0]?.path.split('/')[0] ?? '', files: withinRoot(all, prefix), warnings: [] };
}

/** A ZIP read through its central directory: names and sizes known before any data is read. */
export async function filesOfZip(zip: File): Promise<PackageFiles> {
  const directory = await readCentralDirectory(zip);
  const all = directory.entries
    .filter((e) => !e.isDirectory)
    .map((entry) => ({ path: entry.path, size: entry.size, source: { kind: 'zip' as const, entry } }));
  const prefix = bagPrefix(all.map((f) => f.path));
  const directories = new Set<string>();
  for (const f of all) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) directories.add(parts.slice(0, i).join('/'));
  }
  return {
    name: zip.name,
    files: withinRoot(all, prefix),
    zip,
    directories: [...directories]
      .filter((d) => `${d}/`.startsWith(prefix) && `${d}/` !== prefix)
      .map((d) => d.slice(prefix.length)),
    warnings: [
      ...directory.warnings,
      ...directory.entries.filter((e) => e.problem).map((e) => `ZIP entry "${e.path}": ${e.problem ?? ''}.`),
    ],
  };
}
