import type { Dicomdir, DirectoryRecord } from './readDicomdir';

/** A DICOM file found on the disc, with its path relative to the DICOMDIR's folder. */
export interface FoundFile {
  readonly path: string;
  readonly sopInstanceUid?: string;
  readonly sopClassUid?: string;
  readonly transferSyntaxUid?: string;
}

export interface Mismatch {
  readonly path: string;
  /** Which value differs: "SOP Instance UID", "SOP Class UID", "Transfer Syntax UID". */
  readonly field: string;
  readonly inDicomdir: string;
  readonly inFile: string;
}

export interface DicomdirCrossCheck {
  /** Records whose file is not there (read error, partial copy), with the path as the DICOMDIR writes it. */
  readonly missing: readonly { readonly path: string; readonly record: DirectoryRecord }[];
  /** Files present that no record references. */
  readonly unreferenced: readonly FoundFile[];
  readonly mismatches: readonly Mismatch[];
  /** Number of records referencing a file that was found. */
  readonly matched: number;
}

/**
 * The comparable form of a path: "/" separators, upper case (ISO 9660 and FAT are case-insensitive and
 * copies change case), no ISO 9660 version suffix (";1"), no trailing dot, no leading "./" or "/".
 */
export function normaliseFilePath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .map((part) => part.replace(/;\d*$/, '').replace(/\.$/, '').toUpperCase())
    .join('/');
}

/**
 * Compares a DICOMDIR with the files actually found beside it. Pass the DICOM instances under the
 * DICOMDIR's folder (not the DICOMDIR itself, not junk), paths relative to that folder.
 */
export function crossCheckDicomdir(dir: Dicomdir, found: readonly FoundFile[]): DicomdirCrossCheck {
  const byPath = new Map<string, FoundFile>();
  for (const f of found) byPath.set(normaliseFilePath(f.path), f);
  const referenced = new Set<string>();
  const missing: { path: string; record: DirectoryRecord }[] = [];
  const mismatches: Mismatch[] = [];
  let matched = 0;

  for (const record of dir.records) {
    if (record.inactive || !record.referencedFileId) continue;
    const key = normaliseFilePath(record.referencedFileId.join('/'));
    referenced.add(key);
    const file = byPath.get(key);
    if (!file) {
      missing.push({ path: record.referencedFileId.join('/'), record });
      continue;
    }
    matched++;
    const compare = (field: string, inDicomdir: string | undefined, inFile: string | undefined): void => {
      if (inDicomdir && inFile && inDicomdir !== inFile)
        mismatches.push({ path: file.path, field, inDicomdir, inFile });
    };
    compare('SOP Instance UID', record.referencedSopInstanceUid, file.sopInstanceUid);
    compare('SOP Class UID', record.referencedSopClassUid, file.sopClassUid);
    compare('Transfer Syntax UID', record.referencedTransferSyntaxUid, file.transferSyntaxUid);
  }

  const unreferenced = found.filter((f) => !referenced.has(normaliseFilePath(f.path)));
  return { missing, unreferenced, mismatches, matched };
}

/**
 * Which files belong to the File-set of a DICOMDIR: those in its folder or below, except those under a
 * sub-folder holding a DICOMDIR of its own (a nested File-set). Paths use "/" or "\"; the result is
 * relative to the DICOMDIR's folder, ready for crossCheckDicomdir.
 */
export function filesOfFileSet(
  dicomdirPath: string,
  allPaths: readonly string[],
): { path: string; relative: string }[] {
  const folderOf = (p: string): string => normaliseFilePath(p).split('/').slice(0, -1).join('/');
  const root = folderOf(dicomdirPath);
  const prefix = root === '' ? '' : `${root}/`;
  const depth = root === '' ? 0 : root.split('/').length;
  const nested = allPaths
    .filter((p) => /^DICOMDIR$/.test(normaliseFilePath(p).split('/').pop() ?? ''))
    .map(folderOf)
    .filter((f) => f !== root && f.startsWith(prefix));
  return allPaths
    .filter((p) => normaliseFilePath(p).startsWith(prefix))
    .filter((p) => !nested.some((n) => normaliseFilePath(p).startsWith(`${n}/`)))
    .map((p) => ({ path: p, relative: segments(p).slice(depth).join('/') }));
}

function segments(path: string): string[] {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.');
}
