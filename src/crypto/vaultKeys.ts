import { toHex } from '../domain/bytes/hex';
import { KEY_ID_BYTES, open, seal } from './envelope';
import { RecordOpenError, WrongSecretError } from './errors';
import { DEFAULT_KDF, newKdfParams, SALT_BYTES, validateKdfParams, type KdfParams } from './kdfParams';
import { installKeys, type VaultKeys } from './keyring';
import { randomBytes } from './random';
import { deriveKeyFromRecoveryKey, generateRecoveryKey } from './recoveryKey';

/**
 * How the vault's keys are made, wrapped and unwrapped.
 *
 * A random 256-bit root secret is the vault's one secret. It is stored only wrapped (AES-256-GCM):
 * once under a key derived from the passphrase with Argon2id, once under a key derived from the
 * recovery key. Unwrapped, it is imported as a non-extractable HKDF key from which the data key
 * (AES-256-GCM) and the content-address key (HMAC-SHA-256) are derived; the raw bytes are wiped at once.
 * Changing the passphrase re-wraps the root secret only: no record is re-encrypted.
 */

export const KEY_MATERIAL_VERSION = 1;

export interface WrappedSecret {
  readonly iv: Uint8Array;
  readonly ciphertext: Uint8Array;
}

/** Everything the vault stores about its keys; nothing here is secret without the passphrase or recovery key. */
export interface VaultKeyMaterial {
  readonly version: typeof KEY_MATERIAL_VERSION;
  readonly vaultId: string;
  readonly keyId: Uint8Array;
  readonly kdf: KdfParams;
  readonly passphraseWrap: WrappedSecret;
  readonly recoverySalt: Uint8Array;
  readonly recoveryWrap: WrappedSecret;
  /** A known message sealed under the data key: opening it proves the derived keys are the right ones. */
  readonly canary: Uint8Array;
}

/** Argon2id in the KDF worker for the app; called directly in tests. */
export type PassphraseKdf = (passphrase: string, params: KdfParams) => Promise<CryptoKey>;

const ROOT_BYTES = 32;
const encoder = new TextEncoder();
const CANARY = { table: 'meta', id: 'canary' } as const;

function wrapContext(material: Pick<VaultKeyMaterial, 'vaultId' | 'keyId'>, by: 'passphrase' | 'recovery') {
  return encoder.encode(`imaging-vault/root-secret/v1/${by}/${material.vaultId}/${toHex(material.keyId)}`);
}

async function wrap(kek: CryptoKey, root: Uint8Array, context: Uint8Array): Promise<WrappedSecret> {
  const iv = randomBytes(12);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: context as Uint8Array<ArrayBuffer> },
    kek,
    root as Uint8Array<ArrayBuffer>,
  );
  return { iv, ciphertext: new Uint8Array(ciphertext) };
}

async function unwrap(
  kek: CryptoKey,
  wrapped: WrappedSecret,
  context: Uint8Array,
): Promise<Uint8Array | null> {
  try {
    const root = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: wrapped.iv as Uint8Array<ArrayBuffer>,
        additionalData: context as Uint8Array<ArrayBuffer>,
      },
      kek,
      wrapped.ciphertext as Uint8Array<ArrayBuffer>,
    );
    return new Uint8Array(root);
  } catch {
    return null;
  }
}

async function keysFromRoot(root: Uint8Array, vaultId: string, keyId: Uint8Array): Promise<VaultKeys> {
  try {
    const base = await crypto.subtle.importKey('raw', root as Uint8Array<ArrayBuffer>, 'HKDF', false, [
      'deriveKey',
    ]);
    const derive = (info: string, algorithm: AesKeyGenParams | HmacKeyGenParams, usages: KeyUsage[]) =>
      crypto.subtle.deriveKey(
        { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode(vaultId), info: encoder.encode(info) },
        base,
        algorithm,
        false,
        usages,
      );
    const [dataKey, addressKey] = await Promise.all([
      derive('imaging-vault/data-key/v1', { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
      derive('imaging-vault/content-address/v1', { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign']),
    ]);
    return { vaultId, keyId, dataKey, addressKey };
  } finally {
    root.fill(0);
  }
}

function canaryText(vaultId: string): Uint8Array {
  return encoder.encode(`imaging-vault canary v1 ${vaultId}`);
}

async function checkCanary(keys: VaultKeys, material: VaultKeyMaterial): Promise<void> {
  try {
    const text = await open(keys.dataKey, keys.keyId, CANARY, material.canary);
    if (new TextDecoder().decode(text) !== new TextDecoder().decode(canaryText(material.vaultId))) {
      throw new Error('canary text differs');
    }
  } catch {
    throw new RecordOpenError(
      'meta/canary',
      'the vault’s check record does not match its keys; the stored vault is damaged.',
    );
  }
}

export interface CreatedVault {
  readonly material: VaultKeyMaterial;
  /** Shown to the person once, never stored. */
  readonly recoveryKey: string;
}

/** Makes a new vault's keys, installs them in the keyring (the new vault is unlocked) and returns what to store. */
export async function createVaultKeys(
  passphrase: string,
  kdf: PassphraseKdf,
  kdfBase?: Omit<KdfParams, 'salt' | 'algorithm'>,
): Promise<CreatedVault> {
  const vaultId = crypto.randomUUID();
  const keyId = randomBytes(KEY_ID_BYTES);
  const kdfParams = newKdfParams(randomBytes(SALT_BYTES), kdfBase);
  const recoveryKey = generateRecoveryKey();
  const recoverySalt = randomBytes(SALT_BYTES);
  const root = randomBytes(ROOT_BYTES);
  const ids = { vaultId, keyId };
  const [passphraseKek, recoveryKek] = await Promise.all([
    kdf(passphrase, kdfParams),
    deriveKeyFromRecoveryKey(recoveryKey, recoverySalt),
  ]);
  const passphraseWrap = await wrap(passphraseKek, root, wrapContext(ids, 'passphrase'));
  const recoveryWrap = await wrap(recoveryKek, root, wrapContext(ids, 'recovery'));
  const keys = await keysFromRoot(root, vaultId, keyId);
  const canary = await seal(keys.dataKey, keyId, CANARY, canaryText(vaultId));
  installKeys(keys);
  return {
    material: {
      version: KEY_MATERIAL_VERSION,
      vaultId,
      keyId,
      kdf: kdfParams,
      passphraseWrap,
      recoverySalt,
      recoveryWrap,
      canary,
    },
    recoveryKey,
  };
}

async function unlockRoot(
  material: VaultKeyMaterial,
  root: Uint8Array | null,
  secret: 'passphrase' | 'recovery key',
) {
  if (!root) throw new WrongSecretError(secret);
  const keys = await keysFromRoot(root, material.vaultId, material.keyId);
  await checkCanary(keys, material);
  installKeys(keys);
}

/** Unlocks with the passphrase; throws WrongSecretError or WeakKdfParametersError (a downgraded vault). */
export async function unlockWithPassphrase(
  material: VaultKeyMaterial,
  passphrase: string,
  kdf: PassphraseKdf,
): Promise<void> {
  validateKdfParams(material.kdf);
  const kek = await kdf(passphrase, material.kdf);
  await unlockRoot(
    material,
    await unwrap(kek, material.passphraseWrap, wrapContext(material, 'passphrase')),
    'passphrase',
  );
}

export async function unlockWithRecoveryKey(material: VaultKeyMaterial, recoveryKey: string): Promise<void> {
  let kek: CryptoKey;
  try {
    kek = await deriveKeyFromRecoveryKey(recoveryKey, material.recoverySalt);
  } catch {
    throw new WrongSecretError('recovery key');
  }
  await unlockRoot(
    material,
    await unwrap(kek, material.recoveryWrap, wrapContext(material, 'recovery')),
    'recovery key',
  );
}

/**
 * A new passphrase: the current one unwraps the root secret, which is wrapped again under the new one
 * with a fresh salt (and today's default KDF cost). No record is re-encrypted.
 */
export async function changePassphrase(
  material: VaultKeyMaterial,
  currentPassphrase: string,
  nextPassphrase: string,
  kdf: PassphraseKdf,
): Promise<VaultKeyMaterial> {
  validateKdfParams(material.kdf);
  const oldKek = await kdf(currentPassphrase, material.kdf);
  const root = await unwrap(oldKek, material.passphraseWrap, wrapContext(material, 'passphrase'));
  if (!root) throw new WrongSecretError('passphrase');
  try {
    // Never weaker than before, and raised to today's defaults: a passphrase change is the moment to.
    const nextKdf = newKdfParams(randomBytes(SALT_BYTES), {
      memoryKiB: Math.max(material.kdf.memoryKiB, DEFAULT_KDF.memoryKiB),
      iterations: Math.max(material.kdf.iterations, DEFAULT_KDF.iterations),
      parallelism: material.kdf.parallelism,
    });
    const newKek = await kdf(nextPassphrase, nextKdf);
    const passphraseWrap = await wrap(newKek, root, wrapContext(material, 'passphrase'));
    return { ...material, kdf: nextKdf, passphraseWrap };
  } finally {
    root.fill(0);
  }
}
