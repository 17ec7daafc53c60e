import {
  decodePresenceMarker,
  encodePresenceMarker,
  PRESENCE_MARKER_VERSION,
  type PresenceMarker,
} from '../domain/stewardship';

/**
 * The presence marker (domain/stewardship/presenceMarker.ts) lives in localStorage, not in the vault's
 * IndexedDB database: a store of its own is what lets it outlive a cleared database. Every access is
 * allowed to fail (storage switched off, a private window's zero quota): the marker only ever adds a
 * warning, so without it the app behaves as it always did.
 */
const KEY = 'imaging-vault/presence';

function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readPresenceMarker(): PresenceMarker | null {
  try {
    return decodePresenceMarker(store()?.getItem(KEY) ?? null);
  } catch {
    return null;
  }
}

function write(marker: PresenceMarker): void {
  try {
    store()?.setItem(KEY, encodePresenceMarker(marker));
  } catch {
    // See above: a marker that cannot be written only loses the "storage was cleared" warning.
  }
}

/** Notes that this browser holds the vault (on create, restore and each unlock); keeps its backup note. */
export function notePresence(vaultId: string, now = new Date()): void {
  const current = readPresenceMarker();
  if (current?.vaultId === vaultId) return;
  write({ version: PRESENCE_MARKER_VERSION, vaultId, since: now.toISOString(), lastBackup: null });
}

/** Notes the last backup, so a cleared vault's screen can say which backup brings it back. */
export function noteBackup(vaultId: string, backup: NonNullable<PresenceMarker['lastBackup']>): void {
  const current = readPresenceMarker();
  const since = current?.vaultId === vaultId ? current.since : backup.at;
  write({ version: PRESENCE_MARKER_VERSION, vaultId, since, lastBackup: backup });
}

/** The vault was deleted on purpose (or the patient dismissed the warning): nothing to warn about. */
export function forgetPresence(): void {
  try {
    store()?.removeItem(KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
