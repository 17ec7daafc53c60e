import {
  AUTHENTICATED_FORMAT_VERSION,
  checkHeaderAuthentication,
  checkRecordAuthentication,
  indexMacMessage,
  type BackupAuthenticator,
  type DeferredCheck,
} from './authentication';
import type { BackupProblem, BackupSource } from './backupSource';
import { readHeaderPayload } from './headerPayload';
import {
  BACKUP_FORMAT_VERSION,
  FILE_MAGIC,
  FILE_PREAMBLE_BYTES,
  FRAME_HEAD_BYTES,
  FRAME_KIND,
  type BackupHeader,
  type BackupRecord,
  type IndexEntry,
} from './format';
import { findMarker, frameBytes, frameHashMatches, readFrameHead } from './frame';
import { decodeRecordPayload } from './recordPayload';
import { describeRecordKey, recordKey } from './recordKey';
import { missingByCounts } from './missingRecords';

export interface KeyedRecord extends BackupRecord {
  readonly key: string;
}

export interface ReadBackupOptions {
  /** Called once with the header, before any record; throw to refuse the backup (another vault...). */
  readonly onHeader?: (header: BackupHeader) => Promise<void> | void;
  readonly onRecord: (record: KeyedRecord) => Promise<void>;
  readonly onProgress?: (bytesRead: number, total: number) => void;
  /** Checked between records; true stops reading (the report says so). */
  readonly stopped?: () => boolean;
  /**
   * The open vault's backup key: authentication codes are checked as the backup is read. Without it
   * (a fresh browser, still locked) the checks that need it come back in `deferred`.
   */
  readonly authenticator?: BackupAuthenticator | undefined;
}

export interface BackupReadReport {
  readonly header: BackupHeader;
  /** Records handed to onRecord. */
  readonly records: number;
  /** Damaged parts, records missing from a cut-off backup, each named. */
  readonly problems: readonly BackupProblem[];
  /** The end mark and the index were found: nothing is missing beyond the problems listed. */
  readonly complete: boolean;
  /** Authentication checks left for when the vault is unlocked (no authenticator was given). */
  readonly deferred: readonly DeferredCheck[];
}

const decoder = new TextDecoder();
const RESYNC_WINDOW = 1024 * 1024;

/**
 * Reads a single-file backup from start to end. Every frame checks itself (SHA-256); a damaged record
 * is named and skipped, damaged framing is stepped over to the next frame marker, and a backup cut
 * short is read as far as it goes and then compared with its header's counts. Everything intact is
 * delivered; nothing is delivered before the header has been checked.
 */
export async function readBackupFile(
  source: BackupSource,
  options: ReadBackupOptions,
): Promise<BackupReadReport> {
  const preamble = await source.read(0, FILE_PREAMBLE_BYTES);
  if (preamble.length < FILE_PREAMBLE_BYTES || decoder.decode(preamble.subarray(0, 8)) !== FILE_MAGIC) {
    throw new Error('This file is not an Imaging Vault backup (it does not start with the backup mark).');
  }
  const version = new DataView(preamble.buffer, preamble.byteOffset, 12).getUint32(8, true);
  if (version > BACKUP_FORMAT_VERSION) {
    throw new Error(
      `This backup was written in format ${version} by a newer Imaging Vault; update the app to restore it.`,
    );
  }
  const problems: BackupProblem[] = [];
  const delivered = new Set<string>();
  let header: BackupHeader | null = null;
  let index: IndexEntry[] | null = null;
  let indexPayload: Uint8Array | null = null;
  let complete = false;
  const deferred: DeferredCheck[] = [];
  const authenticated = () => (header?.version ?? 0) >= AUTHENTICATED_FORMAT_VERSION;
  let pos = FILE_PREAMBLE_BYTES;

  const resync = async (from: number, reason: string): Promise<number> => {
    for (let at = from; at < source.size; at += RESYNC_WINDOW) {
      const window = await source.read(at, RESYNC_WINDOW + 3);
      const found = findMarker(window, 0);
      if (found >= 0) {
        problems.push({ what: `bytes ${pos}–${at + found - 1} of the backup`, reason });
        return at + found;
      }
    }
    problems.push({ what: `bytes ${pos}–${source.size - 1} of the backup`, reason });
    return source.size;
  };

  while (pos < source.size) {
    if (options.stopped?.()) break;
    options.onProgress?.(pos, source.size);
    const head = readFrameHead(await source.read(pos, FRAME_HEAD_BYTES));
    if (typeof head === 'string') {
      pos = await resync(pos + 1, `they cannot be read (${head})`);
      continue;
    }
    const size = frameBytes(head.length);
    if (pos + size > source.size) {
      const partial =
        head.kind === FRAME_KIND.record ? await source.read(pos + FRAME_HEAD_BYTES, head.length) : null;
      const named = partial ? decodeRecordPayload(partial) : null;
      const key = named && typeof named !== 'string' ? recordKey(named.descriptor) : undefined;
      problems.push({
        key,
        what: key ? describeRecordKey(key) : `the last ${source.size - pos} bytes`,
        reason: 'the backup ends in the middle of it (the file was cut short)',
      });
      pos = source.size;
      break;
    }
    const frame = await source.read(pos, size);
    if (!(await frameHashMatches(frame))) {
      const named =
        head.kind === FRAME_KIND.record
          ? decodeRecordPayload(frame.subarray(FRAME_HEAD_BYTES, size - 32))
          : null;
      const key = named && typeof named !== 'string' ? recordKey(named.descriptor) : undefined;
      problems.push({
        key,
        what: key
          ? describeRecordKey(key)
          : head.kind === FRAME_KIND.header
            ? 'the backup’s header'
            : `the part at byte ${pos}`,
        reason: 'its checksum does not match: the bytes were damaged',
      });
      if (head.kind === FRAME_KIND.header) {
        throw new Error(
          'The backup’s header (which holds the vault’s wrapped keys) is damaged; nothing can be restored from this file.',
        );
      }
      const next = readFrameHead(await source.read(pos + size, FRAME_HEAD_BYTES));
      pos =
        typeof next === 'string' && pos + size < source.size ? await resync(pos + 1, 'damaged') : pos + size;
      continue;
    }
    const payload = frame.subarray(FRAME_HEAD_BYTES, size - 32);
    pos += size;
    if (head.kind === FRAME_KIND.header) {
      header = readHeaderPayload(payload);
      const later = await checkHeaderAuthentication(header, options.authenticator);
      if (later) deferred.push(later);
      await options.onHeader?.(header);
    } else if (head.kind === FRAME_KIND.record) {
      if (!header)
        throw new Error('The backup has no readable header before its records; it cannot be restored.');
      const record = decodeRecordPayload(payload);
      if (typeof record === 'string') {
        problems.push({ what: `the record at byte ${pos - size}`, reason: record });
        continue;
      }
      const key = recordKey(record.descriptor);
      if (authenticated()) {
        const { mac, ...plain } = record;
        const checked = await checkRecordAuthentication(
          key,
          record.descriptor,
          record.sealed,
          mac,
          options.authenticator,
        );
        if (typeof checked === 'string') {
          problems.push({ key, what: describeRecordKey(key), reason: checked });
          continue;
        }
        if (checked) deferred.push(checked);
        await options.onRecord({ ...plain, key });
      } else await options.onRecord({ descriptor: record.descriptor, sealed: record.sealed, key });
      delivered.add(key);
    } else if (head.kind === FRAME_KIND.index) {
      indexPayload = payload.slice();
      index = (JSON.parse(decoder.decode(payload)) as { records: IndexEntry[] }).records;
    } else {
      complete = index !== null;
      if (authenticated() && index && indexPayload) {
        index = await checkIndex(indexPayload, payload, options.authenticator, problems, deferred, index);
      }
      break;
    }
  }
  options.onProgress?.(pos, source.size);
  if (!header) throw new Error('The backup has no readable header; it cannot be restored.');
  if (options.stopped?.()) {
    problems.push({ what: 'the rest of the backup', reason: 'the restore was stopped before it was read' });
    return { header, records: delivered.size, problems, complete: false, deferred };
  }
  if (!complete)
    problems.push({ what: 'the end of the backup', reason: 'it is missing: the file was cut short' });
  const named = new Set(problems.flatMap((p) => (p.key ? [p.key] : [])));
  if (index) {
    for (const entry of index) {
      if (!delivered.has(entry.key) && !named.has(entry.key)) {
        problems.push({
          key: entry.key,
          what: describeRecordKey(entry.key),
          reason: 'it is missing from the backup',
        });
      }
    }
  } else {
    problems.push(...missingByCounts(header, delivered, named));
  }
  return { header, records: delivered.size, problems, complete, deferred };
}

const INDEX_ALTERED: BackupProblem = {
  what: 'the backup’s index',
  reason: 'it was altered (its authentication code does not match); the header’s counts are used instead',
};

/** The index, if its code (in the end frame) matches; else null, with the problem named. */
async function checkIndex(
  indexPayload: Uint8Array,
  endPayload: Uint8Array,
  authenticator: BackupAuthenticator | undefined,
  problems: BackupProblem[],
  deferred: DeferredCheck[],
  index: IndexEntry[],
): Promise<IndexEntry[] | null> {
  let mac: unknown;
  try {
    mac = (JSON.parse(decoder.decode(endPayload)) as { indexMac?: unknown }).indexMac;
  } catch {
    mac = undefined;
  }
  if (typeof mac !== 'string') {
    problems.push(INDEX_ALTERED);
    return null;
  }
  const message = indexMacMessage(indexPayload);
  if (!authenticator) {
    deferred.push({ key: 'index', message, mac });
    return index;
  }
  if (await authenticator.verify(message, mac)) return index;
  problems.push(INDEX_ALTERED);
  return null;
}
