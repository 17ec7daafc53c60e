/** Failures of the vault's cryptography, each with a message a person can act on. */

export class WrongSecretError extends Error {
  override readonly name = 'WrongSecretError';
  constructor(readonly secret: 'passphrase' | 'recovery key') {
    super(
      secret === 'passphrase'
        ? 'That passphrase does not open this vault. Check for typing mistakes and the keyboard layout, or use your recovery key.'
        : 'That recovery key does not open this vault. Check each group of characters against your recovery kit.',
    );
  }
}

export class WeakKdfParametersError extends Error {
  override readonly name = 'WeakKdfParametersError';
}

/**
 * The stored key-derivation settings are not the ones the passphrase wrap was made with: someone or
 * something edited them. Not a wrong passphrase: typing it again cannot help; the recovery key or a
 * backup can. The UI shows its catalog message (unlock.keySettingsChanged).
 */
export class KeySettingsChangedError extends Error {
  override readonly name = 'KeySettingsChangedError';
  constructor() {
    super(
      'The vault’s key settings were changed in this browser’s storage since they were made, so no passphrase can open it as it is. Use your recovery key, or restore from a backup.',
    );
  }
}

/** A sealed record that failed authentication: altered, moved from another record, or sealed under another key. */
export class RecordOpenError extends Error {
  override readonly name = 'RecordOpenError';
  constructor(
    readonly record: string,
    /** Why, without the record's name: for a screen that names the record in its own words. */
    readonly reason: string,
  ) {
    super(`The stored record ${record} could not be opened: ${reason}`);
  }
}

export class VaultLockedError extends Error {
  override readonly name = 'VaultLockedError';
  constructor() {
    super('The vault is locked. Unlock it with your passphrase or recovery key.');
  }
}
