/**
 * A small note, kept apart from the vault's database, that this browser profile holds a vault: when the
 * browser clears the database but not the note (storage pressure, a partial "clear site data", a profile
 * tool), the next start can say "your vault's storage was cleared" and name the backup that brings it back,
 * instead of greeting the patient as a newcomer. A browser that wipes everything at once (Safari's clean-up
 * of sites not opened for seven days, a full reset) leaves no note either: only backups answer that, which
 * is why the app reminds to make them (docs/threat-model.md).
 *
 * The note is not encrypted — there is no key left to open it with when it is needed — so it holds only
 * what that warning needs: that a vault exists and its random id (both visible in the database anyway),
 * since when this browser holds it, and when and where (a file or folder name, never a path) the last
 * backup went. Those last two are what it reveals beyond the sealed database; docs/threat-model.md says so.
 */

export const PRESENCE_MARKER_VERSION = 1;

export interface PresenceMarker {
  readonly version: typeof PRESENCE_MARKER_VERSION;
  readonly vaultId: string;
  /** When this browser first noted the vault. */
  readonly since: string;
  readonly lastBackup: {
    readonly at: string;
    readonly kind: 'file' | 'folder';
    readonly where: string;
  } | null;
}

export function encodePresenceMarker(marker: PresenceMarker): string {
  return JSON.stringify(marker);
}

const isIso = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** The note as stored, or null when it is absent, unreadable or of a version this code does not know. */
export function decodePresenceMarker(text: string | null): PresenceMarker | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v['version'] !== PRESENCE_MARKER_VERSION) return null;
  if (typeof v['vaultId'] !== 'string' || v['vaultId'] === '' || !isIso(v['since'])) return null;
  const backup = v['lastBackup'];
  let lastBackup: PresenceMarker['lastBackup'] = null;
  if (backup !== null) {
    if (typeof backup !== 'object' || backup === undefined) return null;
    const b = backup as Record<string, unknown>;
    if (!isIso(b['at']) || (b['kind'] !== 'file' && b['kind'] !== 'folder') || typeof b['where'] !== 'string')
      return null;
    lastBackup = { at: b['at'], kind: b['kind'], where: b['where'] };
  }
  return { version: PRESENCE_MARKER_VERSION, vaultId: v['vaultId'], since: v['since'], lastBackup };
}

export type PresenceVerdict =
  /** No vault and no note: a first visit. */
  | { readonly kind: 'fresh' }
  /** A vault is stored. */
  | { readonly kind: 'present' }
  /** The note says a vault was here, the database has none: it was cleared by the browser or a tool. */
  | { readonly kind: 'cleared'; readonly marker: PresenceMarker };

export function presenceVerdict(marker: PresenceMarker | null, vaultStored: boolean): PresenceVerdict {
  if (vaultStored) return { kind: 'present' };
  return marker ? { kind: 'cleared', marker } : { kind: 'fresh' };
}
