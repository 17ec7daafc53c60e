/**
 * Tells the app's other open tabs that the vault was locked, so locking in one locks all: a vault left
 * open in a forgotten tab would defeat auto-lock.
 */
const CHANNEL = 'imaging-vault/vault-events';

type VaultMessage = { readonly type: 'locked' };

export interface VaultChannel {
  announceLocked(): void;
  close(): void;
}

export function openVaultChannel(onLockedElsewhere: () => void): VaultChannel {
  if (typeof BroadcastChannel === 'undefined') return { announceLocked() {}, close() {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<VaultMessage>) => {
    if (event.data?.type === 'locked') onLockedElsewhere();
  };
  return {
    announceLocked: () => channel.postMessage({ type: 'locked' } satisfies VaultMessage),
    close: () => channel.close(),
  };
}
