import { KEY_MATERIAL_VERSION, type VaultKeyMaterial } from '../crypto/vaultKeys';
import { vaultDatabase } from './db';
import { openPayload, payloadKind, sealPayload } from './payloads';
import { errorMessage } from '../domain/text/errorMessage';

/**
 * The key material is the one thing stored unsealed (it is what unseals everything else); its
 * secrets are wrapped. It is checked on the way in from storage so damage gives a clear message.
 */
export const KEY_MATERIAL = 'keys';
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
 * A failed unlock cannot be sealed into the audit trail (no key exists yet), so its time is kept here
 * in the clear and moved into the trail at the next successful unlock.
 *
 * Nothing written without a key can be made unforgeable, so the log is anchored instead: every
 * successful unlock (and the vault's creation) starts a fresh log under a random anchor and seals that
 * anchor in a checkpoint under the vault's key. The next unlock compares them. This detects the log
 * erased (row gone), replaced (another anchor, e.g. an older copy put back) or re-created after erasure
 * (a log without an anchor), and records that in the audit trail. It cannot detect entries cut off the
 * log while its anchor is kept, the log and the checkpoint erased together (indistinguishable from a
 * vault made before checkpoints, or a fresh restore, which carries neither), or a whole-profile
 * rollback (see docs/threat-model.md).
 */
interface FailedUnlockLog {
  readonly version: 2;
  /** The anchor sealed at the last unlock; null when the log was started by a failure with no log in place. */
  readonly anchor: string | null;
  readonly times: readonly string[];
}

const FAILED_UNLOCK_CHECKPOINT = 'failedUnlockCheckpoint';
const checkpointKind = payloadKind<{ anchor: string }>('failed-unlock checkpoint');
const checkpointIdentity = { table: 'meta', id: FAILED_UNLOCK_CHECKPOINT };

/** The stored log, reading the version-1 shape (a bare list of times) as a log without an anchor. */
function readLog(value: unknown): FailedUnlockLog | null {
  if (Array.isArray(value)) return { version: 2, anchor: null, times: value.map(String) };
  const log = value as Partial<FailedUnlockLog> | null | undefined;
  if (!log || typeof log !== 'object') return null;
  return {
    version: 2,
    anchor: typeof log.anchor === 'string' ? log.anchor : null,
    times: Array.isArray(log.times) ? log.times.map(String) : [],
  };
}

export async function recordFailedUnlock(time: string): Promise<void> {
  const db = vaultDatabase();
  await db.transaction('rw', db.meta, async () => {
    const log = readLog((await db.meta.get(FAILED_UNLOCKS))?.value);
    const next: FailedUnlockLog = {
      version: 2,
      anchor: log?.anchor ?? null,
      times: [...(log?.times ?? []), time].slice(-1000),
    };
    await db.meta.put({ key: FAILED_UNLOCKS, value: next });
  });
}

export interface FailedUnlocks {
  /** Times of the failed unlocks since the last successful one. */
  readonly times: readonly string[];
  /** Why the log is not the one the last unlock started (erased, replaced), or null. */
  readonly tampered: string | null;
}

/**
 * Takes the failed unlocks since the last unlock and starts a fresh anchored log. Needs the vault
 * unlocked (it opens and seals the checkpoint); called after every unlock and once at creation.
 */
export async function takeFailedUnlocks(): Promise<FailedUnlocks> {
  const db = vaultDatabase();
  const checkpointRow = await db.meta.get(FAILED_UNLOCK_CHECKPOINT);
  let expected: string | null = null;
  let tampered: string | null = null;
  if (checkpointRow) {
    try {
      expected = (await openPayload(checkpointKind, checkpointIdentity, checkpointRow.value as Uint8Array))
        .anchor;
    } catch (error) {
      tampered = `its checkpoint cannot be opened (${errorMessage(error)})`;
    }
  }
  const anchor = crypto.randomUUID();
  // Sealed before the transaction: no WebCrypto call may run inside a Dexie transaction.
  const checkpoint = await sealPayload(checkpointKind, checkpointIdentity, { anchor });
  return db.transaction('rw', db.meta, async () => {
    const log = readLog((await db.meta.get(FAILED_UNLOCKS))?.value);
    if (expected !== null && !tampered) {
      if (!log) tampered = 'the record of failed unlocks was erased';
      else if (log.anchor === null) tampered = 'the record of failed unlocks was erased and started again';
      else if (log.anchor !== expected) tampered = 'the record of failed unlocks was replaced by another';
    }
    const fresh: FailedUnlockLog = { version: 2, anchor, times: [] };
    await db.meta.put({ key: FAILED_UNLOCKS, value: fresh });
    await db.meta.put({ key: FAILED_UNLOCK_CHECKPOINT, value: checkpoint });
    return { times: log?.times ?? [], tampered };
  });
}

export async function vaultExists(): Promise<boolean> {
  return (await vaultDatabase().meta.get(KEY_MATERIAL)) !== undefined;
}
