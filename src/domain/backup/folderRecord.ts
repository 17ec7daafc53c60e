import { recordMacMessage, type BackupAuthenticator } from './authentication';
import type { BackupProblem } from './backupSource';
import type { KeyedRecord } from './backupFileReader';
import { FRAME_HEAD_BYTES, FRAME_HASH_BYTES, FRAME_KIND, type BackupRecord, type IndexEntry } from './format';
import { encodeFrame, frameHashMatches, readFrameHead } from './frame';
import { describeRecordKey, recordKey } from './recordKey';
import { decodeRecordPayload, encodeRecordPayload } from './recordPayload';
import { sha256Hex } from '../hash/sha256';

/** One record as a folder backup's file: a single record frame (carrying its code), and its index entry. */
export async function encodeFolderRecord(
  record: BackupRecord,
  authenticator: BackupAuthenticator,
): Promise<{ bytes: Uint8Array; sha256: string; key: string }> {
  const mac = await authenticator.mac(await recordMacMessage(record.descriptor, record.sealed));
  const payload = encodeRecordPayload(record, mac);
  return {
    bytes: await encodeFrame(FRAME_KIND.record, payload),
    sha256: await sha256Hex(payload),
    key: recordKey(record.descriptor),
  };
}

/**
 * Checks a record file against its index entry: frame, checksum, content hash and key must all agree.
 * Its authentication code (format 2) comes back as `mac` for the reader to check.
 */
export async function decodeFolderRecord(
  bytes: Uint8Array | null,
  entry: IndexEntry,
): Promise<(KeyedRecord & { readonly mac?: string }) | BackupProblem> {
  const what = describeRecordKey(entry.key);
  const problem = (reason: string): BackupProblem => ({ key: entry.key, what, reason });
  if (!bytes) return problem(`its file ${entry.file ?? ''} is missing from the backup folder`);
  const head = readFrameHead(bytes.subarray(0, FRAME_HEAD_BYTES));
  if (typeof head === 'string' || head.kind !== FRAME_KIND.record) {
    return problem(`its file ${entry.file ?? ''} is not a backup record`);
  }
  if (bytes.length !== FRAME_HEAD_BYTES + head.length + FRAME_HASH_BYTES) {
    return problem(
      `its file ${entry.file ?? ''} has ${bytes.length} bytes, not the ${entry.size} written (cut short?)`,
    );
  }
  if (!(await frameHashMatches(bytes))) return problem('its checksum does not match: the file was damaged');
  const payload = bytes.subarray(FRAME_HEAD_BYTES, FRAME_HEAD_BYTES + head.length);
  if ((await sha256Hex(payload)) !== entry.sha256)
    return problem('its content is not the one the manifest lists');
  const record = decodeRecordPayload(payload);
  if (typeof record === 'string') return problem(record);
  const key = recordKey(record.descriptor);
  if (key !== entry.key) return problem(`its file holds ${key} instead`);
  return { ...record, key };
}
