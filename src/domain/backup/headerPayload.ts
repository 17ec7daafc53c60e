import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader } from './format';

const decoder = new TextDecoder();

/** The header in a header frame (or a folder manifest), checked: a backup of another app or version is refused. */
export function readHeaderPayload(payload: Uint8Array | string): BackupHeader {
  let value: unknown;
  try {
    value = JSON.parse(typeof payload === 'string' ? payload : decoder.decode(payload));
  } catch {
    throw new Error('The backup’s header is not valid JSON; nothing can be restored from it.');
  }
  return checkHeader(value);
}

export function checkHeader(value: unknown): BackupHeader {
  const h = value as Partial<BackupHeader> | null;
  if (!h || typeof h !== 'object' || h.format !== BACKUP_FORMAT) {
    throw new Error('This is not an Imaging Vault backup (its header names another format).');
  }
  if (typeof h.version !== 'number' || h.version > BACKUP_FORMAT_VERSION) {
    throw new Error(
      `This backup has format ${String(h.version)}, newer than this app knows; update Imaging Vault to restore it.`,
    );
  }
  if (
    typeof h.vaultId !== 'string' ||
    typeof h.createdAt !== 'string' ||
    !h.keyMaterial ||
    typeof h.counts !== 'object'
  ) {
    throw new Error('The backup’s header lacks its vault id, date, keys or counts; it cannot be restored.');
  }
  return h as BackupHeader;
}
