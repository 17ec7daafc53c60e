import { readCentralDirectory } from '../../domain/zip/read';
import type { HashSource } from '../../protocol/verifyApi';
import type { PickedFile } from '../../ui/files';

/** One file of what was brought in, wherever its bytes are. */
export interface SourceFile {
  /** '/'-separated, as picked (a folder's name first) or as named inside the ZIP. */
  readonly path: string;
  readonly size: number;
  readonly source: HashSource;
}

/** What the person gave: a folder, loose files, or one ZIP (read through its central directory). */
export interface FileSet {
  readonly kind: 'folder' | 'files' | 'zip';
  /** The folder's, ZIP's or first file's name: the package name on the receipt. */
  readonly name: string;
  readonly files: readonly SourceFile[];
  /** Known for a ZIP (its directory entries); a folder input reports files only. */
  readonly directories?: readonly string[];
  /** The ZIP itself, whose SHA-256 is the package fingerprint. */
  readonly zip?: File;
  /** Findings about the archive as a whole. */
  readonly warnings: readonly string[];
}

export function isZipName(name: string): boolean {
  return /\.zip$/i.test(name);
}

async function fromZip(zip: File): Promise<FileSet> {
  const directory = await readCentralDirectory(zip);
  const directories = directory.entries.filter((e) => e.isDirectory).map((e) => e.path.replace(/\/$/, ''));
  const files = directory.entries
    .filter((e) => !e.isDirectory)
    .map((entry) => ({
      path: entry.path,
      size: entry.size,
      source: { kind: 'zip-entry', zip, entry } as const,
    }));
  // Folders implied by file paths count as present too (many writers store no directory entries).
  const implied = new Set(directories);
  for (const f of files) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) implied.add(parts.slice(0, i).join('/'));
  }
  return {
    kind: 'zip',
    name: zip.name,
    files,
    directories: [...implied],
    zip,
    warnings: [
      ...directory.warnings,
      ...directory.entries.filter((e) => e.problem).map((e) => `ZIP entry "${e.path}": ${e.problem ?? ''}.`),
    ],
  };
}

/**
 * Turns picked files into a file set: a single ZIP is opened through its central directory (sizes and
 * names known before reading any data); a folder keeps its paths; loose files are just their names.
 * Throws, with the reason, when a ZIP cannot be read.
 */
export async function fileSetFromPicked(picked: readonly PickedFile[]): Promise<FileSet> {
  const only = picked.length === 1 ? picked[0] : undefined;
  if (only && isZipName(only.file.name) && !only.path.includes('/')) return fromZip(only.file);
  const first = picked[0]?.path ?? '';
  const isFolder = picked.length > 0 && picked.every((p) => p.path.includes('/'));
  return {
    kind: isFolder ? 'folder' : 'files',
    name: isFolder ? (first.split('/')[0] ?? first) : (picked[0]?.file.name ?? ''),
    files: picked.map((p) => ({ path: p.path, size: p.file.size, source: { kind: 'blob', blob: p.file } })),
    warnings: [],
  };
}
