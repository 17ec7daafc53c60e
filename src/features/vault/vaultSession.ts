import { createSignal, type Accessor } from 'solid-js';
import { WrongSecretError } from '../../crypto/errors';
import { isUnlocked, lockKeyring, unlockedVaultId } from '../../crypto/keyring';
import {
  changePassphrase as rewrap,
  createVaultKeys,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  type CreatedVault,
  type PassphraseKdf,
} from '../../crypto/vaultKeys';
import { openVaultChannel, type VaultEvent } from '../../protocol/vaultChannel';
import { appendAudit } from '../../storage/auditRepository';
import { notePresence } from '../../storage/presenceMarker';
import {
  discardUnfinishedRestore,
  readLifecycleState,
  replaceKeyMaterial,
  storeNewVault,
} from '../../storage/lifecycleRepository';
import {
  loadKeyMaterial,
  recordFailedUnlock,
  saveUpgradedKeyMaterial,
  takeFailedUnlocks,
} from '../../storage/vaultMetaRepository';
import { conflictOf, runLifecycle } from './lifecycle';
import { t } from '../../ui/i18n/catalog';
import { errorMessage } from '../../domain/text/errorMessage';

export type VaultStatus = 'loading' | 'absent' | 'restore-pending' | 'locked' | 'unlocked' | 'broken';
export type LockReason = 'manual' | 'idle' | 'other-tab' | 'created-elsewhere' | 'restored-elsewhere';

/** An unfinished fresh restore found at start (or started in another tab). */
export interface PendingRestore {
  readonly source: string;
  readonly backupCreatedAt: string;
  readonly startedAt: string;
}

export interface VaultSession {
  readonly status: Accessor<VaultStatus>;
  /** Why the vault could not be opened at all (status 'broken'). */
  readonly problem: Accessor<string | null>;
  /** Why the vault last locked, for the unlock screen to say. */
  readonly lockReason: Accessor<LockReason | null>;
  /** Status 'restore-pending': what was being restored (null when its record is damaged). */
  readonly pendingRestore: Accessor<PendingRestore | null>;
  /** Bumped when another tab changed the catalog (a delete, a merge, a sweep): views reload. */
  readonly catalogVersion: Accessor<number>;
  /** Makes the keys; the vault is stored only once `confirmCreate` is called (after the recovery key is saved). */
  prepareCreate(passphrase: string): Promise<CreatedVault>;
  confirmCreate(created: CreatedVault): Promise<void>;
  cancelCreate(): void;
  unlock(passphrase: string): Promise<void>;
  unlockWithRecovery(recoveryKey: string): Promise<void>;
  lock(reason: LockReason): void;
  changePassphrase(current: string, next: string): Promise<void>;
  /** "Back to a new vault" or "discard" an unfinished restore: clears the profile if it still has no vault. */
  discardRestore(): Promise<void>;
  /** Re-reads what the profile holds (after a restore or a conflict) and shows the matching screen. */
  refresh(reason?: LockReason): Promise<void>;
  dispose(): void;
}

/**
 * The vault's lifecycle for the UI: absent → created → unlocked ⇄ locked (or absent → restore-pending
 * after a restore cut short). Locking drops the keys (all decrypted state subscribed through
 * onKeyringLocked is dropped with them) and tells the other tabs; so does every other life-cycle step,
 * and each runs under the one life-cycle lock with its expectations checked where it writes.
 */
export function createVaultSession(kdf: PassphraseKdf): VaultSession {
  const [status, setStatus] = createSignal<VaultStatus>('loading');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [lockReason, setLockReason] = createSignal<LockReason | null>(null);
  const [pendingRestore, setPendingRestore] = createSignal<PendingRestore | null>(null);
  const [catalogVersion, setCatalogVersion] = createSignal(0);
  const channel = openVaultChannel(onEvent);

  void refresh();

  function onEvent(event: VaultEvent) {
    if (event === 'locked') return lockHere('other-tab');
    if (status() === 'unlocked') {
      if (event === 'deleted' || event === 'restored' || event === 'swept') setCatalogVersion((v) => v + 1);
      return;
    }
    const reason: Record<string, LockReason> = {
      created: 'created-elsewhere',
      restored: 'restored-elsewhere',
    };
    void refresh(reason[event]);
  }

  async function refresh(reason?: LockReason) {
    if (status() === 'unlocked') return;
    try {
      const state = await readLifecycleState();
      // Keys made for a vault that was never stored (a create overtaken by another tab) go.
      if (isUnlocked() && status() !== 'unlocked') lockKeyring();
      if (state.hasVault) {
        if (reason) setLockReason(reason);
        setPendingRestore(null);
        setStatus('locked');
      } else if (state.marker || state.markerDamaged) {
        const m = state.marker;
        setPendingRestore(
          m ? { source: m.source, backupCreatedAt: m.backupCreatedAt, startedAt: m.startedAt } : null,
        );
        setStatus('restore-pending');
      } else {
        setPendingRestore(null);
        setStatus('absent');
      }
    } catch (error) {
      setProblem(errorMessage(error));
      setStatus('broken');
    }
  }

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
    // A vault made before the presence marker existed is noted at its first unlock.
    const vaultId = unlockedVaultId();
    if (vaultId) notePresence(vaultId);
    setLockReason(null);
    setPendingRestore(null);
    setStatus('unlocked');
  }

  async function withMaterial() {
    const material = await loadKeyMaterial();
    if (!material) throw new Error('There is no vault in this browser yet.');
    return material;
  }

  /** A conflict means this screen was stale: show what the profile really holds now. */
  async function followConflict(error: unknown, reason?: LockReason): Promise<never> {
    if (conflictOf(error)) await refresh(reason);
    throw error;
  }

  return {
    status,
    problem,
    lockReason,
    pendingRestore,
    catalogVersion,
    prepareCreate: (passphrase) => createVaultKeys(passphrase, kdf),
    async confirmCreate(created) {
      try {
        await runLifecycle(async () => {
          await storeNewVault(created.material);
          await appendAudit('vault.created', 'vault', {
            kdf: 'argon2id',
            memoryKiB: created.material.kdf.memoryKiB,
          });
          // Anchors the failed-unlock log, so its erasure before the first unlock is detected too.
          await takeFailedUnlocks();
        });
      } catch (error) {
        if (conflictOf(error)) lockKeyring();
        return followConflict(error, 'created-elsewhere');
      }
      notePresence(created.material.vaultId);
      channel.announce('created');
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
        channel.announce('locked');
      });
    },
    async changePassphrase(current, next) {
      const vaultId = unlockedVaultId();
      await runLifecycle(async () => {
        const material = await withMaterial();
        if (material.vaultId !== vaultId) throw new Error(t('lifecycle.notUnlocked'));
        const changed = await rewrap(material, current, next, kdf);
        await replaceKeyMaterial(material, changed);
        await appendAudit('vault.passphrase-changed', 'vault');
      });
      channel.announce('passphrase-changed');
    },
    async discardRestore() {
      try {
        await runLifecycle(() => discardUnfinishedRestore());
      } catch (error) {
        return followConflict(error, 'restored-elsewhere');
      }
      channel.announce('restore-discarded');
      await refresh();
    },
    refresh,
    dispose: () => channel.close(),
  };
}
