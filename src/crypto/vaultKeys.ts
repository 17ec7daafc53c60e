import { toHex } from '../domain/bytes/hex';
import { KEY_ID_BYTES, open, seal } from './envelope';
import { KeySettingsChangedError, RecordOpenError, WrongSecretError } from './errors';
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
 *
 * Version 2 binds the Argon2id parameters (algorithm, cost, salt) into the passphrase wrap's additional
 * data, and keeps a digest of them beside it. Parameters edited in storage are then named as such
 * ("the vault's key settings were changed") before anything is derived, instead of reading as a wrong
 * passphrase. The digest is unkeyed (no key exists before unlocking): an attacker who also rewrites
 * it gets "wrong passphrase" instead — either way nothing opens with tampered parameters, and the
 * floor check still refuses weakened ones. Version 1 material still unlocks and is upgraded at the
 * next passphrase unlock.
 */

export const KEY_MATERIAL_VERSION = 2;
/** Key material versions this app reads. */
export type KeyMaterialVersion = 1 | 2;

export interface WrappedSecret {
  readonly iv: Uint8Array;
  readonly ciphertext: Uint8Array;
}

/** Everything the vault stores about its keys; nothing here is secret without the passphrase or recovery key. */
export interface VaultKeyMaterial {
  readonly version: KeyMaterialVersion;
  readonly vaultId: string;
  readonly keyId: Uint8Array;
  readonly kdf: KdfParams;
  readonly passphraseWrap: WrappedSecret;
  readonly recoverySalt: Uint8Array;
  readonly recoveryWrap: WrappedSecret;
  /** A known message sealed under the data key: opening it proves the derived keys are the right ones. */
  readonly canary: Uint8Array;
  /** Version 2: SHA-256 of the canonical KDF parameters, vault id and key id (see kdfBinding). */
  readonly kdfCheck?: Uint8Array;
}

/** Argon2id in the KDF worker for the app; called directly in tests. */
export type PassphraseKdf = (passphrase: string, params: KdfParams) => Promise<CryptoKey>;

const ROOT_BYTES = 32;
const encoder = new TextEncoder();
const CANARY = { table: 'meta', id: 'canary' } as const;

function wrapContext(material: Pick<VaultKeyMaterial, 'vaultId' | 'keyId'>, by: 'passphrase' | 'recovery') {
  return encoder.encode(`imaging-vault/root-secret/v1/${by}/${material.vaultId}/${toHex(material.keyId)}`);
}

/** The KDF parameters in one canonical line, so any change to them changes the bytes bound to the wrap. */
function kdfBinding(material: Pick<VaultKeyMaterial, 'vaultId' | 'keyId' | 'kdf'>): string {
  const { algorithm, memoryKiB, iterations, parallelism, salt } = material.kdf;
  return `imaging-vault/kdf/v2/${material.vaultId}/${toHex(material.keyId)}/${String(algorithm)}/m=${memoryKiB}/t=${iterations}/p=${parallelism}/salt=${toHex(salt)}`;
}

function passphraseContext(material: Pick<VaultKeyMaterial, 'vaultId' | 'keyId' | 'kdf' | 'version'>) {
  if (material.version === 1) return wrapContext(material, 'passphrase');
  return encoder.encode(`imaging-vault/root-secret/v2/passphrase/${kdfBinding(material)}`);
}

async function kdfCheckOf(
  material: Pick<VaultKeyMaterial, 'vaultId' | 'keyId' | 'kdf'>,
): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(kdfBinding(material))));
}

/** Version 2 material: the parameters must be the ones the wrap was made with, before any derivation. */
async function checkKdfBinding(material: VaultKeyMaterial): Promise<void> {
  if (material.version === 1) return;
  const expected = await kdfCheckOf(material);
  const stored = material.kdfCheck;
  if (
    !(stored instanceof Uint8Array) ||
    stored.length !== expected.length ||
    !expected.every((b, i) => b === stored[i])
  ) {
    throw new KeySettingsChangedError();
  }
}

/** The passphrase wrap of version 2 under `kek`: its parameters bound, their digest beside it. */
async function bindPassphraseWrap(
  material: VaultKeyMaterial,
  kdfParams: KdfParams,
  kek: CryptoKey,
  root: Uint8Array,
): Promise<VaultKeyMaterial> {
  const next = { ...material, version: KEY_MATERIAL_VERSION, kdf: kdfParams } as const;
  const passphraseWrap = await wrap(kek, root, passphraseContext(next));
  return { ...next, passphraseWrap, kdfCheck: await kdfCheckOf(next) };
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
    const hmac = { name: 'HMAC', hash: 'SHA-256', length: 256 } as const;
    const [dataKey, addressKey, backupKey] = await Promise.all([
      derive('imaging-vault/data-key/v1', { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
      derive('imaging-vault/content-address/v1', hmac, ['sign']),
      derive('imaging-vault/backup-mac/v1', hmac, ['sign', 'verify']),
    ]);
    return { vaultId, keyId, dataKey, addressKey, backupKey };
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
  const bound = { version: KEY_MATERIAL_VERSION, vaultId, keyId, kdf: kdfParams } as const;
  const passphraseWrap = await wrap(passphraseKek, root, passphraseContext(bound));
  const recoveryWrap = await wrap(recoveryKek, root, wrapContext(ids, 'recovery'));
  const keys = await keysFromRoot(root, vaultId, keyId);
  const canary = await seal(keys.dataKey, keyId, CANARY, canaryText(vaultId));
  installKeys(keys);
  return {
    material: {
      ...bound,
      passphraseWrap,
      recoverySalt,
      recoveryWrap,
      canary,
      kdfCheck: await kdfCheckOf(bound),
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

/**
 * Unlocks with the passphrase; throws WrongSecretError, WeakKdfParametersError (a downgraded vault) or
 * KeySettingsChangedError (parameters edited in storage). Version 1 material comes back upgraded to the
 * current version (the same root secret, re-wrapped with its parameters bound) for the caller to store;
 * otherwise null.
 */
export async function unlockWithPassphrase(
  material: VaultKeyMaterial,
  passphrase: string,
  kdf: PassphraseKdf,
): Promise<VaultKeyMaterial | null> {
  validateKdfParams(material.kdf);
  await checkKdfBinding(material);
  const kek = await kdf(passphrase, material.kdf);
  const root = await unwrap(kek, material.passphraseWrap, passphraseContext(material));
  // keysFromRoot wipes what it is given: the upgrade needs its own copy, wiped here.
  const copy = root && material.version === 1 ? root.slice() : null;
  try {
    await unlockRoot(material, root, 'passphrase');
    return copy ? await bindPassphraseWrap(material, material.kdf, kek, copy) : null;
  } finally {
    copy?.fill(0);
  }
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
  await checkKdfBinding(material);
  const oldKek = await kdf(currentPassphrase, material.kdf);
  const root = await unwrap(oldKek, material.passphraseWrap, passphraseContext(material));
  if (!root) throw new WrongSecretError('passphrase');
  try {
    // Never weaker than before, and raised to today's defaults: a passphrase change is the moment to.
    const nextKdf = newKdfParams(randomBytes(SALT_BYTES), {
      memoryKiB: Math.max(material.kdf.memoryKiB, DEFAULT_KDF.memoryKiB),
      iterations: Math.max(material.kdf.iterations, DEFAULT_KDF.iterations),
      parallelism: material.kdf.parallelism,
    });
    const newKek = await kdf(nextPassphrase, nextKdf);
    return await bindPassphraseWrap(material, nextKdf, newKek, root);
  } finally {
    root.fill(0);
  }
}
