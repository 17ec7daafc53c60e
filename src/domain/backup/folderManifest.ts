import { canonicalJson } from '../json/canonicalJson';
import type { BackupProblem } from './backupSource';
import { checkHeader } from './headerPayload';
import { headerMacMessage, type BackupAuthenticator } from './authentication';
import { BACKUP_FORMAT_VERSION, type BackupHeader, type IndexEntry } from './format';
import { sha256Hex } from '../hash/sha256';

/**
 * A folder backup: `manifest.json` (the header, the index of every record with its file and SHA-256,
 * and the index's own SHA-256), `README.txt`, and `records/<2 hex>/<sha256>.ivr`, one frame per file.
 * Record files are named by the SHA-256 of their content, so an unchanged record keeps its file and an
 * incremental run writes only records that are new or changed.
 */
export const FOLDER_NAME = 'Imaging Vault backup';
export const MANIFEST_FILE = 'manifest.json';
export const README_FILE = 'README.txt';
export const RECORDS_DIR = 'records';

export interface FolderManifest extends BackupHeader {
  readonly updatedAt: string;
  /** How many backup runs wrote into this folder. */
  readonly runs: number;
  readonly records: readonly IndexEntry[];
  /** SHA-256 of the canonical JSON of `records`: a damaged manifest is noticed. */
  readonly recordsSha256: string;
}

/*
 * From format 2 the manifest's `mac` covers all of it — header, dates, the list of records with each
 * one's file and SHA-256 — so nothing can be dropped from or swapped in the list unnoticed, and every
 * record file carries its own code inside (as in a file backup).
 */

export function recordFilePath(sha256: string): string {
  return `${RECORDS_DIR}/${sha256.slice(0, 2)}/${sha256}.ivr`;
}

export async function buildManifest(
  header: BackupHeader,
  records: readonly IndexEntry[],
  updatedAt: string,
  runs: number,
  authenticator: BackupAuthenticator,
): Promise<string> {
  const recordsSha256 = await sha256Hex(new TextEncoder().encode(canonicalJson(records)));
  const { mac: _stale, ...fields } = header;
  const manifest: FolderManifest = {
    ...fields,
    version: BACKUP_FORMAT_VERSION,
    updatedAt,
    runs,
    records,
    recordsSha256,
  };
  const mac = await authenticator.mac(headerMacMessage(manifest));
  return JSON.stringify({ ...manifest, mac }, null, 1);
}

/** The manifest, and a problem if its own checksum does not match (its records are still tried). */
export async function readManifest(
  text: string,
): Promise<{ manifest: FolderManifest; problem: BackupProblem | null }> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`The backup folder’s ${MANIFEST_FILE} is not valid JSON; the folder cannot be restored.`);
  }
  const header = checkHeader(value);
  const manifest = value as FolderManifest;
  if (!Array.isArray(manifest.records)) {
    throw new Error(`The backup folder’s ${MANIFEST_FILE} has no list of records.`);
  }
  const actual = await sha256Hex(new TextEncoder().encode(canonicalJson(manifest.records)));
  const problem =
    actual === manifest.recordsSha256
      ? null
      : {
          what: MANIFEST_FILE,
          reason: 'its checksum does not match: it was edited or damaged; each record is still checked',
        };
  return { manifest: { ...manifest, ...header }, problem };
}

export interface IncrementalPlan {
  /** Current records the folder does not hold yet (new, or changed since the last run). */
  readonly toWrite: readonly string[];
  /** Files of the previous run no current record uses: removed once the new manifest is written. */
  readonly obsoleteFiles: readonly string[];
}

/** Compares what the folder holds with what the vault holds now, by record key and content hash. */
export function planIncremental(
  previous: readonly IndexEntry[],
  current: ReadonlyMap<string, string>,
): IncrementalPlan {
  const held = new Set(previous.map((e) => `${e.key}\u0000${e.sha256}`));
  const toWrite = [...current].filter(([key, sha]) => !held.has(`${key}\u0000${sha}`)).map(([key]) => key);
  const kept = new Set([...current.values()].map(recordFilePath));
  const obsoleteFiles = [...new Set(previous.flatMap((e) => (e.file && !kept.has(e.file) ? [e.file] : [])))];
  return { toWrite, obsoleteFiles };
}
