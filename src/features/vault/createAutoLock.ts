import { createEffect, onCleanup } from 'solid-js';
import { readSetting } from '../../storage/settingsRepository';
import { heldAwake, whenAwakeReleased } from '../../ui/jobs';
import type { VaultSession } from './vaultSession';

export const AUTO_LOCK_SETTING = 'autoLockMinutes';
export const DEFAULT_AUTO_LOCK_MINUTES = 10;
export const AUTO_LOCK_CHOICES = [1, 5, 10, 15, 30, 60] as const;

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Locks the vault after the chosen idle minutes; re-reads the setting whenever the vault unlocks. */
export function createAutoLock(session: VaultSession, settingsVersion: () => number): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let minutes = DEFAULT_AUTO_LOCK_MINUTES;

  const restart = () => {
    clearTimeout(timer);
    if (session.status() !== 'unlocked') return;
    timer = setTimeout(() => {
      if (heldAwake()) restart();
      else session.lock('idle');
    }, minutes * 60_000);
  };
  // Released holds restart the idle count, so the lock comes a full idle period after the job ends.
  whenAwakeReleased(restart);

  createEffect(() => {
    settingsVersion();
    if (session.status() !== 'unlocked') {
      clearTimeout(timer);
      return;
    }
    // A damaged setting row must not leave the vault without its auto-lock: the default stands in.
    void readSetting(AUTO_LOCK_SETTING, DEFAULT_AUTO_LOCK_MINUTES).then(({ value }) => {
      minutes = value;
      restart();
    });
  });

  for (const type of ACTIVITY) window.addEventListener(type, restart, { passive: true });
  onCleanup(() => {
    clearTimeout(timer);
    whenAwakeReleased(null);
    for (const type of ACTIVITY) window.removeEventListener(type, restart);
  });
}
