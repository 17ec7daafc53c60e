import { backupAuthenticator } from '../../crypto/keyring';
import {
  AUTHENTICATED_FORMAT_VERSION,
  buildManifest,
  headerMacMessage,
  type BackupAuthenticator,
  encodeFolderRecord,
  FOLDER_NAME,
  MANIFEST_FILE,
  planIncremental,
  README_FILE,
  readManifest,
  recordFilePath,
  type BackupRun,
  type FolderManifest,
  type IndexEntry,
} from '../../domain/backup';
import { appendAudit } from '../../storage/auditRepository';
import { rememberBackup } from './backupHistory';
import { isPickerCancel, readFileAt, removeFileAt, writableDirectoryPicker, writeFileAt } from './fileSystem';
import type { CountingControl as JobControl } from '../../ui/jobs';
import { folderReadme } from './folderReadme';
import { snapshotVault, totalRecords, vaultRecords, type VaultSnapshot } from './vaultRecords';

const decoder = new TextDecoder();

/** The backup folder inside the chosen one — or the chosen one itself when it already is a backup folder. */
async function backupFolder(chosen: FileSystemDirectoryHandle): Promise<FileSystemDirectoryHandle> {
  if (await readFileAt(chosen, MANIFEST_FILE)) return chosen;
  return chosen.getDirectoryHandle(FOLDER_NAME, { create: true });
}

interface PreviousRun {
  /** The previous manifest, if its records can be reused (format 2, its code matches). */
  readonly reusable: FolderManifest | null;
  /** Files the previous run listed, removed once no current record uses them (format 1 too). */
  readonly listed: readonly IndexEntry[];
  /** The folder's first date and run count, kept across the move to format 2. */
  readonly history: Pick<FolderManifest, 'createdAt' | 'runs'> | null;
}

async function previousRun(
  dir: FileSystemDirectoryHandle,
  vaultId: string,
  authenticator: BackupAuthenticator,
): Promise<PreviousRun> {
  const bytes = await readFileAt(dir, MANIFEST_FILE);
  if (!bytes) return { reusable: null, listed: [], history: null };
  const { manifest, problem } = await readManifest(decoder.decode(bytes));
  if (manifest.vaultId !== vaultId) {
    throw new Error(
      `This folder holds a backup of another vault (made ${manifest.createdAt.slice(0, 10)}). Choose another folder: one backup folder per vault.`,
    );
  }
  // A damaged manifest cannot be trusted to say what is there: write everything again, and remove
  // nothing on its word. A format-1 manifest (its record files carry no codes) is rewritten whole too,
  // its files then removed; so is one whose code does not match (edited), whose files are kept.
  if (problem) return { reusable: null, listed: [], history: null };
  const history = { createdAt: manifest.createdAt, runs: manifest.runs };
  if (manifest.version < AUTHENTICATED_FORMAT_VERSION) {
    return { reusable: null, listed: manifest.records, history };
  }
  const authentic =
    typeof manifest.mac === 'string' &&
    (await authenticator.verify(headerMacMessage(manifest), manifest.mac));
  return authentic
    ? { reusable: manifest, listed: manifest.records, history }
    : { reusable: null, listed: [], history: null };
}

/**
 * Backs the vault up into a folder, incrementally: a record whose exact sealed bytes the folder already
 * holds (same key, same SHA-256) is not written again. Chunks are not even read when their original is
 * unchanged (chunks never change without their original being sealed again). The manifest is written
 * last, in one replace, and only then are files no record uses any more removed.
 */
export async function backupToFolder(control: JobControl, now = new Date()): Promise<BackupRun | null> {
  const picker = writableDirectoryPicker();
  if (!picker) throw new Error('This browser cannot write to a folder. Use “Back up to a file” instead.');
  let chosen: FileSystemDirectoryHandle;
  try {
    chosen = await picker({ mode: 'readwrite', id: 'imaging-vault-backup' });
  } catch (error) {
    if (isPickerCancel(error)) return null;
    throw error;
  }
  const dir = await backupFolder(chosen);
  const snapshot = await snapshotVault(now);
  const authenticator = backupAuthenticator();
  const before = await previousRun(dir, snapshot.header.vaultId, authenticator);
  const previous = before.reusable;
  const entries = await writeRecords(dir, snapshot, previous, control, authenticator);
  const manifest = await buildManifest(
    before.history ? { ...snapshot.header, createdAt: before.history.createdAt } : snapshot.header,
    entries.list,
    now.toISOString(),
    (before.history?.runs ?? 0) + 1,
    authenticator,
  );
  await writeFileAt(dir, MANIFEST_FILE, manifest);
  await writeFileAt(dir, README_FILE, folderReadme());
  const current = new Map(entries.list.map((e) => [e.key, e.sha256]));
  for (const file of planIncremental(before.listed, current).obsoleteFiles) await removeFileAt(dir, file);
  const run: BackupRun = {
    at: now.toISOString(),
    kind: 'folder',
    where: chosen.name === dir.name ? dir.name : `${chosen.name}/${dir.name}`,
    records: entries.list.length,
    written: entries.written,
    bytes: entries.list.reduce((n, e) => n + e.size, 0),
    problems: 0,
  };
  await rememberBackup(run);
  await appendAudit('backup', 'vault', {
    kind: 'folder',
    where: run.where,
    records: run.records,
    written: run.written,
  });
  return run;
}

async function writeRecords(
  dir: FileSystemDirectoryHandle,
  snapshot: VaultSnapshot,
  previous: FolderManifest | null,
  control: JobControl,
  authenticator: BackupAuthenticator,
): Promise<{ list: IndexEntry[]; written: number }> {
  const before = new Map((previous?.records ?? []).map((e) => [e.key, e]));
  const total = totalRecords(snapshot);
  const list: IndexEntry[] = [];
  const unchangedOriginals = new Set<string>();
  let written = 0;
  let done = 0;
  const keep = async (record: Parameters<typeof encodeFolderRecord>[0]) => {
    const encoded = await encodeFolderRecord(record, authenticator);
    const old = before.get(encoded.key);
    const file = recordFilePath(encoded.sha256);
    if (old?.sha256 !== encoded.sha256) {
      await writeFileAt(dir, file, encoded.bytes);
      written++;
    } else if (record.descriptor.table === 'originals') {
      unchangedOriginals.add(String(record.descriptor.row['address']));
    }
    list.push({ key: encoded.key, sha256: encoded.sha256, size: encoded.bytes.length, file });
    control.progress(++done, total);
  };
  // Originals first, so an unchanged original's chunks can be taken from the previous manifest unread.
  for await (const record of vaultRecords(snapshot, ['originals'])) {
    if (control.stopped()) throw stoppedError();
    await keep(record);
  }
  const chunkKeys = snapshot.keys.get('chunks') ?? [];
  const toRead: (typeof chunkKeys)[number][] = [];
  for (const key of chunkKeys) {
    const [address, index] = key as [string, number];
    const old = before.get(`chunks/${address}/${index}`);
    if (old && unchangedOriginals.has(address)) {
      list.push(old);
      control.progress(++done, total);
    } else toRead.push(key);
  }
  const rest = { ...snapshot, keys: new Map(snapshot.keys).set('chunks', toRead) };
  for await (const record of vaultRecords(rest, [
    'chunks',
    'instances',
    'series',
    'studies',
    'patients',
    'records',
    'audit',
    'settings',
  ])) {
    if (control.stopped()) throw stoppedError();
    await keep(record);
  }
  return { list, written };
}

function stoppedError(): Error {
  return new Error(
    'The backup was stopped. The folder still holds the previous complete backup; the records already written are reused next time.',
  );
}
