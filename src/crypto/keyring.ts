import type { BackupAuthenticator } from '../domain/backup/authentication';
import { fromHex, toHex } from '../domain/bytes/hex';
import { open, seal, type RecordIdentity } from './envelope';
import { VaultLockedError } from './errors';

/**
 * The only place the vault's keys live while it is unlocked: module-private, never serialised, never
 * exported (the habit of actualbudget's key map, without its persistence). Everything outside crypto/
 * asks this module to seal or open a record and never sees a key.
 */
export interface VaultKeys {
  readonly vaultId: string;
  readonly keyId: Uint8Array;
  /** AES-256-GCM, non-extractable: seals every record. */
  readonly dataKey: CryptoKey;
  /** HMAC-SHA-256, non-extractable: turns a file's SHA-256 into the opaque id it is stored under. */
  readonly addressKey: CryptoKey;
  /** HMAC-SHA-256, non-extractable: authenticates a backup's header, descriptors and index. */
  readonly backupKey: CryptoKey;
}

let keys: VaultKeys | null = null;
const lockListeners = new Set<() => void>();

export function installKeys(next: VaultKeys): void {
  keys = next;
}

export function isUnlocked(): boolean {
  return keys !== null;
}

export function unlockedVaultId(): string | null {
  return keys?.vaultId ?? null;
}

function current(): VaultKeys {
  if (!keys) throw new VaultLockedError();
  return keys;
}

export function sealRecord(
  identity: RecordIdentity,
  plaintext: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const k = current();
  return seal(k.dataKey, k.keyId, identity, plaintext);
}

export function openRecord(identity: RecordIdentity, sealed: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const k = current();
  return open(k.dataKey, k.keyId, identity, sealed);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function sealJson(identity: RecordIdentity, value: unknown): Promise<Uint8Array<ArrayBuffer>> {
  return sealRecord(identity, encoder.encode(JSON.stringify(value)));
}

export async function openJson<T>(identity: RecordIdentity, sealed: Uint8Array): Promise<T> {
  return JSON.parse(decoder.decode(await openRecord(identity, sealed))) as T;
}

/**
 * The storage id of a file with this SHA-256: a keyed hash, so the database reveals nothing about
 * which files it holds (a bare SHA-256 would let anyone confirm possession of a known file).
 */
export function contentAddress(sha256Hex: string): Promise<string> {
  return keyedHash(sha256Hex.toLowerCase());
}

async function keyedHash(text: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', current().addressKey, encoder.encode(text));
  return toHex(new Uint8Array(mac));
}

/**
 * A stable, opaque id for a value (a Study Instance UID, a patient key...): the same value always maps
 * to the same id in this vault, so a re-import merges into the same rows, yet the id reveals nothing.
 */
export function opaqueId(purpose: string, value: string): Promise<string> {
  return keyedHash(`${purpose}\u0000${value}`);
}

/**
 * Authentication codes for backups of the open vault, under a key of their own derived from the root
 * secret: a backup's codes match only where the same vault's keys are open.
 */
export function backupAuthenticator(): BackupAuthenticator {
  const key = current().backupKey;
  return {
    mac: async (message) =>
      toHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, message as Uint8Array<ArrayBuffer>))),
    verify: async (message, mac) => {
      if (!/^[0-9a-f]{64}$/.test(mac)) return false;
      return crypto.subtle.verify(
        'HMAC',
        key,
        fromHex(mac) as Uint8Array<ArrayBuffer>,
        message as Uint8Array<ArrayBuffer>,
      );
    },
  };
}

/**
 * The keys as non-extractable CryptoKey handles, for an import worker to install in its own keyring.
 * Structured cloning carries the handles without ever exposing their bytes.
 */
export function keysForWorker(): VaultKeys {
  return current();
}

/** Drops the keys; every later seal or open fails with VaultLockedError until the vault is unlocked again. */
export function lockKeyring(): void {
  if (!keys) return;
  keys = null;
  for (const listener of lockListeners) listener();
}

export function onKeyringLocked(listener: () => void): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}
