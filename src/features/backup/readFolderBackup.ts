import {
  AUTHENTICATED_FORMAT_VERSION,
  BACKUP_TABLES,
  checkHeaderAuthentication,
  checkRecordAuthentication,
  describeRecordKey,
  type DeferredCheck,
  decodeFolderRecord,
  MANIFEST_FILE,
  readManifest,
  type BackupProblem,
  type BackupReadReport,
  type IndexEntry,
  type ReadBackupOptions,
} from '../../domain/backup';

/** A chosen backup folder: its name and a way to read a file in it by relative path. */
export interface FolderFiles {
  readonly name: string;
  read(path: string): Promise<Uint8Array | null>;
}

/** From a directory handle (File System Access) … */
export function folderFromHandle(
  dir: FileSystemDirectoryHandle,
  readAt: (d: FileSystemDirectoryHandle, p: string) => Promise<Uint8Array | null>,
): FolderFiles {
  return { name: dir.name, read: (path) => readAt(dir, path) };
}

/** … or from the files of an <input webkitdirectory>, whose paths start with the chosen folder's name. */
export function folderFromFiles(files: readonly { path: string; file: File }[]): FolderFiles {
  const manifest = files.find((f) => f.path.endsWith(`/${MANIFEST_FILE}`) || f.path === MANIFEST_FILE);
  const root = manifest ? manifest.path.slice(0, manifest.path.length - MANIFEST_FILE.length) : '';
  const byPath = new Map(files.map((f) => [f.path, f.file]));
  return {
    name: root.replace(/\/$/, '').split('/').pop() || 'backup folder',
    read: async (path) => {
      const file = byPath.get(`${root}${path}`);
      return file ? new Uint8Array(await file.arrayBuffer()) : null;
    },
  };
}

const decoder = new TextDecoder();
const order = (key: string) => BACKUP_TABLES.indexOf(key.split('/')[0] as (typeof BACKUP_TABLES)[number]);

/**
 * Reads a folder backup through its manifest; each record file checks itself against the manifest.
 * Format 2: the manifest's code and each record's are checked with the authenticator when given, else
 * returned as deferred checks for after the unlock.
 */
export async function readFolderBackup(
  folder: FolderFiles,
  options: ReadBackupOptions,
): Promise<BackupReadReport> {
  const text = await folder.read(MANIFEST_FILE);
  if (!text) {
    throw new Error(
      `The chosen folder has no ${MANIFEST_FILE}: it is not an Imaging Vault backup folder (choose the folder named “Imaging Vault backup”).`,
    );
  }
  const { manifest, problem } = await readManifest(decoder.decode(text));
  const deferred: DeferredCheck[] = [];
  const headerCheck = await checkHeaderAuthentication(manifest, options.authenticator);
  if (headerCheck) deferred.push(headerCheck);
  const authenticated = manifest.version >= AUTHENTICATED_FORMAT_VERSION;
  await options.onHeader?.(manifest);
  const problems: BackupProblem[] = problem ? [problem] : [];
  const entries: IndexEntry[] = [...manifest.records].sort((a, b) => order(a.key) - order(b.key));
  let records = 0;
  for (const [i, entry] of entries.entries()) {
    if (options.stopped?.()) {
      problems.push({
        what: `${entries.length - i} records`,
        reason: 'the restore was stopped before they were read',
      });
      return { header: manifest, records, problems, complete: false, deferred };
    }
    const bytes = entry.file ? await folder.read(entry.file) : null;
    const result = await decodeFolderRecord(bytes, entry);
    if ('reason' in result) problems.push(result);
    else {
      const { mac, ...record } = result;
      const checked = authenticated
        ? await checkRecordAuthentication(
            record.key,
            record.descriptor,
            record.sealed,
            mac,
            options.authenticator,
          )
        : null;
      if (typeof checked === 'string') {
        problems.push({ key: record.key, what: describeRecordKey(record.key), reason: checked });
      } else {
        if (checked) deferred.push(checked);
        await options.onRecord(record);
        records++;
      }
    }
    options.onProgress?.(i + 1, entries.length);
  }
  return { header: manifest, records, problems, complete: true, deferred };
}
