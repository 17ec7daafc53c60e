import { canonicalJson } from '../json/canonicalJson';
import type { BackupHeader, RecordDescriptor } from './format';
import { sha256Hex } from '../hash/sha256';

/**
 * Format 2 authenticates what a backup says about its records, not only their sealed bytes. The
 * sealed bytes were always bound to their record's identity (table, id, chunk) by the envelope, but a
 * descriptor's other clear fields — an instance's series and original, a series' study, a study's
 * patient — and the header, index and manifest were guarded by bare SHA-256 sums anyone can recompute.
 * Now each of them carries an HMAC-SHA-256 under a key derived from the vault's root secret (crypto/
 * keyring.ts backupAuthenticator): an edited descriptor, header, index or manifest no longer matches.
 *
 * The key exists only once the vault is unlocked. Restoring into a fresh browser therefore checks the
 * codes after the person unlocks (see deferred checks in the readers); merging into an open vault
 * checks them as it reads.
 */
export interface BackupAuthenticator {
  /** HMAC-SHA-256 of the message, as hex. */
  mac(message: Uint8Array): Promise<string>;
  /** Whether `mac` is the message's code (compared in constant time by WebCrypto). */
  verify(message: Uint8Array, mac: string): Promise<boolean>;
}

/** The first backup format whose header, descriptors and index carry authentication codes. */
export const AUTHENTICATED_FORMAT_VERSION = 2;

const encoder = new TextEncoder();

function message(purpose: 'header' | 'record' | 'index', text: string): Uint8Array {
  return encoder.encode(`imaging-vault/backup/v2/${purpose}\u0000${text}`);
}

/** The header (or folder manifest) without its own code: every other field is covered. */
export function headerMacMessage(header: object): Uint8Array {
  const { mac: _own, ...rest } = header as { mac?: unknown };
  return message('header', canonicalJson(rest));
}

/** A record's descriptor and the SHA-256 of its sealed bytes. */
export async function recordMacMessage(
  descriptor: RecordDescriptor,
  sealed: Uint8Array,
): Promise<Uint8Array> {
  const described = canonicalJson({ table: descriptor.table, row: descriptor.row });
  return message('record', `${described}\u0000${await sha256Hex(sealed)}`);
}

export function indexMacMessage(indexPayload: Uint8Array): Uint8Array {
  return message('index', new TextDecoder().decode(indexPayload));
}

/** A check that needs the vault's key, kept until the vault is unlocked. */
export interface DeferredCheck {
  /** The record key, or "header" for the backup's header or manifest. */
  readonly key: string;
  readonly message: Uint8Array;
  readonly mac: string;
}

/**
 * Refuses a header whose code does not match, and a format-1 header carrying format-2 key material:
 * key material of version 2 exists only in vaults that write format 2, so that backup was rewritten
 * to shed its codes. Returns the check to run later when no authenticator is at hand yet.
 */
export async function checkHeaderAuthentication(
  header: BackupHeader & { readonly mac?: unknown },
  authenticator: BackupAuthenticator | undefined,
): Promise<DeferredCheck | null> {
  const material = header.keyMaterial as { version?: unknown } | null;
  if (header.version < AUTHENTICATED_FORMAT_VERSION) {
    if (typeof material?.version === 'number' && material.version >= 2) {
      throw new Error(
        'This backup says it was written in format 1, but it holds keys only later versions write: it was altered to remove its authentication, and is refused.',
      );
    }
    return null;
  }
  if (typeof header.mac !== 'string') {
    throw new Error('The backup’s header has lost its authentication code: it was altered, and is refused.');
  }
  const check = { key: 'header', message: headerMacMessage(header), mac: header.mac };
  if (!authenticator) return check;
  if (!(await authenticator.verify(check.message, check.mac))) {
    throw new Error(
      'The backup’s header does not match its authentication code: it was altered, or it belongs to another vault. It is refused.',
    );
  }
  return null;
}

export const RECORD_NOT_AUTHENTIC =
  'what the backup says about it (its place, or what it belongs to) was altered: its authentication code does not match';

/**
 * A record of a format-2 backup: null when its code matches, a deferred check when no authenticator
 * is at hand yet, else why it is refused.
 */
export async function checkRecordAuthentication(
  key: string,
  descriptor: RecordDescriptor,
  sealed: Uint8Array,
  mac: string | undefined,
  authenticator: BackupAuthenticator | undefined,
): Promise<DeferredCheck | string | null> {
  if (mac === undefined) return 'it has no authentication code (it was altered)';
  // Fields its envelope already binds need no later check; a fresh restore keeps only the others.
  if (!authenticator && !hasLinkFields(descriptor)) return null;
  const check = { key, message: await recordMacMessage(descriptor, sealed), mac };
  if (!authenticator) return check;
  return (await authenticator.verify(check.message, mac)) ? null : RECORD_NOT_AUTHENTIC;
}

const IDENTITY_FIELDS: Record<RecordDescriptor['table'], readonly string[]> = {
  chunks: ['address', 'index'],
  originals: ['address'],
  audit: ['seq'],
  settings: ['key'],
  instances: ['id'],
  series: ['id'],
  studies: ['id'],
  patients: ['id'],
  records: ['id'],
};

/** Whether a descriptor has clear fields beyond the identity its sealed bytes are bound to. */
function hasLinkFields(descriptor: RecordDescriptor): boolean {
  const identity = IDENTITY_FIELDS[descriptor.table];
  return Object.keys(descriptor.row).some((field) => !identity.includes(field));
}
