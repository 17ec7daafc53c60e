/**
 * Tells the app's other open tabs what happened to the vault, so every tab's screen follows at once:
 * locking in one locks all (a vault left open in a forgotten tab would defeat auto-lock), and a tab
 * still showing "Create your vault" or "Restore" turns to the unlock screen when another tab made one.
 * Screens never rely on these messages for safety (a frozen tab misses them): the writes themselves
 * check the vault's state under the life-cycle lock.
 */
const CHANNEL = 'imaging-vault/vault-events';

export type VaultEvent =
  | 'locked'
  | 'created'
  | 'restore-started'
  | 'restored'
  | 'restore-discarded'
  | 'deleted'
  | 'passphrase-changed'
  | 'swept';

const EVENTS: ReadonlySet<string> = new Set<VaultEvent>([
  'locked',
  'created',
  'restore-started',
  'restored',
  'restore-discarded',
  'deleted',
  'passphrase-changed',
  'swept',
]);

/** This tab's id: a tab does not react to what it announced itself. */
const TAB = typeof crypto !== 'undefined' && crypto.randomUUID ? crypto.randomUUID() : String(Math.random());

type VaultMessage = { readonly type: VaultEvent; readonly from: string };

export interface VaultChannel {
  announce(event: VaultEvent): void;
  close(): void;
}

export function openVaultChannel(onEvent: (event: VaultEvent) => void): VaultChannel {
  if (typeof BroadcastChannel === 'undefined') return { announce() {}, close() {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Partial<VaultMessage> | null>) => {
    const message = event.data;
    if (!message || message.from === TAB || typeof message.type !== 'string') return;
    if (EVENTS.has(message.type)) onEvent(message.type);
  };
  return {
    announce: (type) => channel.postMessage({ type, from: TAB } satisfies VaultMessage),
    close: () => channel.close(),
  };
}

/** For code that has no session at hand (a restore, a delete): tells the other tabs, not this one. */
export function announceVaultEvent(type: VaultEvent): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type, from: TAB } satisfies VaultMessage);
  channel.close();
}
