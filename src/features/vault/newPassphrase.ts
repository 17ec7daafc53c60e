import { estimateStrength } from '../../domain/passphrase/strength';

/** The minimum accepted: "fair" (about 40 bits). A lifetime archive of medical images deserves no less. */
export const MIN_STRENGTH_LEVEL = 2;

/** Something was typed and an attacker would guess it too soon. An empty field is not yet "weak". */
export function isTooWeak(passphrase: string): boolean {
  return passphrase.length > 0 && estimateStrength(passphrase).level < MIN_STRENGTH_LEVEL;
}

/** The confirmation was started and differs; an empty confirmation is unfinished, not wrong. */
export function confirmationDiffers(passphrase: string, confirm: string): boolean {
  return confirm.length > 0 && confirm !== passphrase;
}

/** A new passphrase may be set: typed, typed the same twice, and not below the floor. */
export function isAcceptableNewPassphrase(passphrase: string, confirm: string): boolean {
  return passphrase.length > 0 && confirm === passphrase && !isTooWeak(passphrase);
}
