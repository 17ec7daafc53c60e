/**
 * The Imaging Vault backup format, version 1 (described for people in docs/backup-format.md).
 *
 * A backup holds the vault's rows exactly as stored — still sealed, each bound by its envelope to its
 * (table, id, chunk) — plus the key material as stored (its secrets wrapped), so it restores in a fresh
 * browser with the passphrase or the recovery key and reveals nothing without one of them.
 */
export const BACKUP_FORMAT = 'imaging-vault-backup';
/** 2: header, descriptors and index carry authentication codes (authentication.ts); 1 is still read. */
export const BACKUP_FORMAT_VERSION = 2;

/** The first 8 bytes of a backup file, followed by the format version as a 32-bit little-endian number. */
export const FILE_MAGIC = 'IVBACKUP';
export const FILE_PREAMBLE_BYTES = 12;

/** Every frame starts with these 4 bytes ("IVFR"), so a reader can find the next frame after damage. */
export const FRAME_MARKER = new Uint8Array([0x49, 0x56, 0x46, 0x52]);
/** Marker, kind (1 byte), payload length (4 bytes LE) — then the payload, then its SHA-256 (32 bytes). */
export const FRAME_HEAD_BYTES = 9;
export const FRAME_HASH_BYTES = 32;
/** A chunk record is 4 MiB of sealed data plus a small descriptor; anything far larger is damage. */
export const MAX_FRAME_PAYLOAD = 64 * 1024 * 1024;

export const FRAME_KIND = { header: 1, record: 2, index: 3, end: 4 } as const;
export type FrameKind = (typeof FRAME_KIND)[keyof typeof FRAME_KIND];

/**
 * The tables a backup carries, in the order they are written and restored: a record only becomes
 * visible through the ones after it (chunks through their original, instances through their series,
 * series through their study), so a restore cut short never shows anything half-restored.
 */
export const BACKUP_TABLES = [
  'chunks',
  'originals',
  'instances',
  'series',
  'studies',
  'patients',
  'records',
  'audit',
  'settings',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** The clear fields of a row (its keys and index fields); the row's `sealed` bytes travel beside it. */
export type RowFields = Readonly<Record<string, string | number>>;

export interface RecordDescriptor {
  readonly table: BackupTable;
  readonly row: RowFields;
}

/** One sealed row as it travels in a backup. */
export interface BackupRecord {
  readonly descriptor: RecordDescriptor;
  readonly sealed: Uint8Array;
}

/** The first frame of a file backup, and the head of a folder backup's manifest. */
export interface BackupHeader {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: number;
  readonly vaultId: string;
  readonly createdAt: string;
  /** The vault's key material exactly as stored, with byte fields written as {"$hex": "..."}. */
  readonly keyMaterial: unknown;
  /** How many records of each table the backup holds, so a cut-off backup can say what it lost. */
  readonly counts: Readonly<Partial<Record<BackupTable, number>>>;
  /** Format 2: the HMAC of every other field (authentication.ts). */
  readonly mac?: string;
}

/** One line of the index: which record, its SHA-256, where it is. */
export interface IndexEntry {
  readonly key: string;
  readonly sha256: string;
  readonly size: number;
  /** Byte offset of its frame in a file backup. */
  readonly offset?: number;
  /** Its file, relative to the backup folder, in a folder backup. */
  readonly file?: string;
}

export function isBackupTable(value: unknown): value is BackupTable {
  return typeof value === 'string' && (BACKUP_TABLES as readonly string[]).includes(value);
}
