import { KEY_MATERIAL_VERSION, type VaultKeyMaterial } from '../crypto/vaultKeys';
import { vaultDatabase } from './db';

/**
 * The key material is the one thing stored unsealed (it is what unseals everything else); its
 * secrets are wrapped. It is checked on the way in from storage so damage gives a clear message.
 */
const KEY_MATERIAL = 'keys';
const FAILED_UNLOCKS = 'failedUnlocks';

export async function loadKeyMaterial(): Promise<VaultKeyMaterial | null> {
  const row = await vaultDatabase().meta.get(KEY_MATERIAL);
  if (!row) return null;
  return restoreKeyMaterial(row.value);
}

export async function saveKeyMaterial(material: VaultKeyMaterial): Promise<void> {
  await vaultDatabase().meta.put({ key: KEY_MATERIAL, value: material });
}

/**
 * Stores key material upgraded at unlock, but only over the material it was made from: if another tab
 * changed the passphrase meanwhile, its newer material stays and this upgrade waits for the next unlock.
 */
export async function saveUpgradedKeyMaterial(
  from: VaultKeyMaterial,
  upgraded: VaultKeyMaterial,
): Promise<boolean> {
  const db = vaultDatabase();
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(KEY_MATERIAL);
    const stored = row?.value as Partial<VaultKeyMaterial> | undefined;
    const same =
      stored?.version === from.version &&
      stored.passphraseWrap?.ciphertext instanceof Uint8Array &&
      sameBytes(stored.passphraseWrap.ciphertext, from.passphraseWrap.ciphertext);
    if (!same) return false;
    await db.meta.put({ key: KEY_MATERIAL, value: upgraded });
    return true;
  });
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function restoreKeyMaterial(value: unknown): VaultKeyMaterial {
  const m = value as Partial<VaultKeyMaterial> | null;
  if (!m || typeof m !== 'object') throw new Error('The vault’s key record is missing or damaged.');
  // Version 1 (before the KDF parameters were bound to the wrap) still unlocks and is upgraded then.
  if (m.version !== 1 && m.version !== KEY_MATERIAL_VERSION) {
    throw new Error(
      `The vault’s key record has format ${String(m.version)}, which this version of Imaging Vault cannot read.`,
    );
  }
  const bytes = (x: unknown) => x instanceof Uint8Array;
  if (
    typeof m.vaultId !== 'string' ||
    !bytes(m.keyId) ||
    !m.kdf ||
    !bytes(m.kdf.salt) ||
    !m.passphraseWrap ||
    !bytes(m.passphraseWrap.iv) ||
    !bytes(m.passphraseWrap.ciphertext) ||
    !bytes(m.recoverySalt) ||
    !m.recoveryWrap ||
    !bytes(m.recoveryWrap.iv) ||
    !bytes(m.recoveryWrap.ciphertext) ||
    !bytes(m.canary)
  ) {
    throw new Error('The vault’s key record is damaged: a field is missing or has the wrong type.');
  }
  return m as VaultKeyMaterial;
}

/**
 * A failed unlock cannot be sealed into the audit trail (no key yet), so its time is kept here and moved
 * into the trail at the next successful unlock.
 */
export async function recordFailedUnlock(time: string): Promise<void> {
  const db = vaultDatabase();
  await db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(FAILED_UNLOCKS);
    const times = Array.isArray(row?.value) ? (row.value as string[]) : [];
    await db.meta.put({ key: FAILED_UNLOCKS, value: [...times, time].slice(-1000) });
  });
}

export async function takeFailedUnlocks(): Promise<string[]> {
  const db = vaultDatabase();
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(FAILED_UNLOCKS);
    await db.meta.delete(FAILED_UNLOCKS);
    return Array.isArray(row?.value) ? (row.value as string[]) : [];
  });
}

export async function vaultExists(): Promise<boolean> {
  return (await vaultDatabase().meta.get(KEY_MATERIAL)) !== undefined;
}
