import { createSignal, type Accessor } from 'solid-js';
import { WrongSecretError } from '../../crypto/errors';
import { isUnlocked, lockKeyring } from '../../crypto/keyring';
import {
  changePassphrase as rewrap,
  createVaultKeys,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  type CreatedVault,
  type PassphraseKdf,
} from '../../crypto/vaultKeys';
import { openVaultChannel } from '../../protocol/vaultChannel';
import { appendAudit } from '../../storage/auditRepository';
import {
  loadKeyMaterial,
  recordFailedUnlock,
  saveKeyMaterial,
  saveUpgradedKeyMaterial,
  takeFailedUnlocks,
} from '../../storage/vaultMetaRepository';

export type VaultStatus = 'loading' | 'absent' | 'locked' | 'unlocked' | 'broken';
export type LockReason = 'manual' | 'idle' | 'other-tab';

export interface VaultSession {
  readonly status: Accessor<VaultStatus>;
  /** Why the vault could not be opened at all (status 'broken'). */
  readonly problem: Accessor<string | null>;
  /** Why the vault last locked, for the unlock screen to say. */
  readonly lockReason: Accessor<LockReason | null>;
  /** Makes the keys; the vault is stored only once `confirmCreate` is called (after the recovery key is saved). */
  prepareCreate(passphrase: string): Promise<CreatedVault>;
  confirmCreate(created: CreatedVault): Promise<void>;
  cancelCreate(): void;
  unlock(passphrase: string): Promise<void>;
  unlockWithRecovery(recoveryKey: string): Promise<void>;
  lock(reason: LockReason): void;
  changePassphrase(current: string, next: string): Promise<void>;
  dispose(): void;
}

/**
 * The vault's lifecycle for the UI: absent → created → unlocked ⇄ locked. Locking drops the keys (all
 * decrypted state subscribed through onKeyringLocked is dropped with them) and tells the other tabs.
 */
export function createVaultSession(kdf: PassphraseKdf): VaultSession {
  const [status, setStatus] = createSignal<VaultStatus>('loading');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [lockReason, setLockReason] = createSignal<LockReason | null>(null);
  const channel = openVaultChannel(() => lockHere('other-tab'));

  void loadKeyMaterial().then(
    (material) => setStatus(material ? 'locked' : 'absent'),
    (error: unknown) => {
      setProblem(error instanceof Error ? error.message : String(error));
      setStatus('broken');
    },
  );

  function lockHere(reason: LockReason) {
    if (!isUnlocked()) return;
    lockKeyring();
    setLockReason(reason);
    setStatus('locked');
  }

  async function afterUnlock(method: 'passphrase' | 'recovery key') {
    const failures = await takeFailedUnlocks();
    for (const at of failures.times) await appendAudit('vault.unlock-failed', 'vault', { at });
    if (failures.tampered) {
      await appendAudit('vault.unlock-records-erased', 'vault', { reason: failures.tampered });
    }
    await appendAudit('vault.unlocked', 'vault', { method });
    setLockReason(null);
    setStatus('unlocked');
  }

  async function withMaterial() {
    const material = await loadKeyMaterial();
    if (!material) throw new Error('There is no vault in this browser yet.');
    return material;
  }

  return {
    status,
    problem,
    lockReason,
    prepareCreate: (passphrase) => createVaultKeys(passphrase, kdf),
    async confirmCreate(created) {
      await saveKeyMaterial(created.material);
      await appendAudit('vault.created', 'vault', {
        kdf: 'argon2id',
        memoryKiB: created.material.kdf.memoryKiB,
      });
      // Anchors the failed-unlock log, so its erasure before the first unlock is detected too.
      await takeFailedUnlocks();
      setStatus('unlocked');
    },
    cancelCreate: () => lockKeyring(),
    async unlock(passphrase) {
      const material = await withMaterial();
      try {
        const upgraded = await unlockWithPassphrase(material, passphrase, kdf);
        if (upgraded) await saveUpgradedKeyMaterial(material, upgraded);
      } catch (error) {
        if (error instanceof WrongSecretError) await recordFailedUnlock(new Date().toISOString());
        throw error;
      }
      await afterUnlock('passphrase');
    },
    async unlockWithRecovery(recoveryKey) {
      const material = await withMaterial();
      try {
        await unlockWithRecoveryKey(material, recoveryKey);
      } catch (error) {
        if (error instanceof WrongSecretError) await recordFailedUnlock(new Date().toISOString());
        throw error;
      }
      await afterUnlock('recovery key');
    },
    lock(reason) {
      if (!isUnlocked()) return;
      void appendAudit('vault.locked', 'vault', { reason }).finally(() => {
        lockHere(reason);
        channel.announceLocked();
      });
    },
    async changePassphrase(current, next) {
      const material = await withMaterial();
      const changed = await rewrap(material, current, next, kdf);
      await saveKeyMaterial(changed);
      await appendAudit('vault.passphrase-changed', 'vault');
    },
    dispose: () => channel.close(),
  };
}
