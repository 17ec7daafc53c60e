import type { Component } from 'solid-js';

/**
 * The restore screens belong to the backup feature, which itself needs the vault's session: app/ hands
 * them to VaultGate, so neither feature imports the other's insides and the two never import each other.
 */
export interface RestoreScreens {
  /** A restore that was started and not finished: finish it, or give it up. */
  readonly Pending: Component;
  /** Restore a backup into this fresh browser instead of creating a vault; `onBack` returns. */
  readonly Fresh: Component<{ onBack: () => void }>;
}
