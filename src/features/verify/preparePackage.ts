import {
  findBagRoot,
  parseChecksumList,
  planBag,
  planChecksumList,
  tagFilesToRead,
  withinRoot,
  type BagPlan,
  type ChecksumList,
  type VerificationPlan,
} from '../../domain/verify';
import type { FileSet, SourceFile } from './fileSet';
import { readSourceBytes } from './readSourceBytes';

/** A package ready to hash: its plan, and where each planned path's bytes are. */
export interface PreparedPackage {
  readonly format: 'bagit' | 'checksum-list';
  readonly plan: VerificationPlan;
  /** Paths relative to the package root (the bag's folder, or the checksum list's folder). */
  readonly files: ReadonlyMap<string, SourceFile>;
  readonly oxum?: BagPlan['oxum'];
  /** The checksum lists used, by path as picked. */
  readonly lists: readonly string[];
}

/** coreutils and common tools' names for checksum lists: SHA256SUMS, md5sum.txt, x.sha256, checksums.txt. */
const LIST_NAME =
  /^(?:(?:md5|sha(?:1|224|256|384|512))sums?(?:\.txt)?|checksums?(?:\.txt)?|.+\.(?:md5|sha(?:1|224|256|384|512))(?:sum)?)$/i;

export function isChecksumListName(path: string): boolean {
  return LIST_NAME.test(path.slice(path.lastIndexOf('/') + 1));
}

function folderOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at + 1);
}

function bagRootOf(paths: readonly string[]): string | undefined {
  const root = findBagRoot(paths);
  if (root !== undefined) return root;
  // A folder picked one level above a ZIP-style wrapper: "picked/bag/bagit.txt".
  const top = new Set(paths.map((p) => p.split('/')[0]));
  if (top.size !== 1) return undefined;
  const prefix = `${[...top][0] ?? ''}/`;
  const inner = findBagRoot(
    withinRoot(
      paths.map((path) => ({ path, size: 0 })),
      prefix,
    ).map((f) => f.path),
  );
  return inner === undefined ? undefined : prefix + inner;
}

async function prepareBag(set: FileSet, root: string): Promise<PreparedPackage> {
  const files = withinRoot(set.files, root);
  const tagFiles = new Map<string, Uint8Array>();
  const byPath = new Map(files.map((f) => [f.path, f] as const));
  for (const name of tagFilesToRead(files)) {
    const file = byPath.get(name);
    if (file) tagFiles.set(name, await readSourceBytes(file.source, name));
  }
  const directories = set.directories
    ?.filter((d) => `${d}/`.startsWith(root) && `${d}/` !== root)
    .map((d) => d.slice(root.length));
  const plan = planBag({ files, tagFiles, ...(directories ? { directories } : {}) });
  return {
    format: 'bagit',
    plan,
    files: byPath,
    ...(plan.oxum ? { oxum: plan.oxum } : {}),
    lists: [],
  };
}

async function prepareList(set: FileSet, lists: readonly SourceFile[]): Promise<PreparedPackage> {
  const root = folderOf(lists[0]?.path ?? '');
  const inFolder = lists.filter((l) => folderOf(l.path) === root);
  const listPaths = new Set(inFolder.map((l) => l.path));
  const merged: { entries: ChecksumList['entries'][number][]; issues: ChecksumList['issues'][number][] } = {
    entries: [],
    issues: [],
  };
  for (const list of inFolder) {
    const name = list.path.slice(root.length);
    const text = new TextDecoder('utf-8').decode(await readSourceBytes(list.source, name));
    const parsed = parseChecksumList(text, name);
    merged.entries.push(...parsed.entries);
    merged.issues.push(...parsed.issues);
  }
  const files = withinRoot(
    set.files.filter((f) => !listPaths.has(f.path)),
    root,
  );
  return {
    format: 'checksum-list',
    plan: planChecksumList(merged, files),
    files: new Map(files.map((f) => [f.path, f] as const)),
    lists: inFolder.map((l) => l.path),
  };
}

/**
 * Decides what the files are and plans their verification: a BagIt bag (bagit.txt at the top or one
 * folder down), else files beside a checksum list (the shallowest list's folder is the root; several
 * lists there are merged). Throws with the reason when it is neither.
 */
export async function preparePackage(set: FileSet): Promise<PreparedPackage> {
  const root = bagRootOf(set.files.map((f) => f.path));
  if (root !== undefined) return prepareBag(set, root);
  const lists = set.files
    .filter((f) => isChecksumListName(f.path))
    .sort((a, b) => a.path.split('/').length - b.path.split('/').length || (a.path < b.path ? -1 : 1));
  if (lists.length > 0) return prepareList(set, lists);
  throw new Error(
    `${set.name} holds no bagit.txt and no checksum list (such as SHA256SUMS, sha256sum.txt or a .sha256 file), so there is nothing to verify it against.`,
  );
}
