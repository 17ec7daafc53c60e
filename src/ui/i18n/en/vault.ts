/** English messages for creating, unlocking and locking the vault, and for Settings. */
export const vault = {
  'vault.loading': 'Opening your vault…',
  'vault.broken.title': 'This vault cannot be opened',
  'vault.lock': 'Lock',
  'vault.locked.idle': 'The vault locked itself after a while without activity.',
  'vault.locked.otherTab': 'The vault was locked in another tab.',
  'vault.locked.manual': 'The vault is locked.',

  'create.title': 'Create your vault',
  'create.intro':
    'Your scans will be encrypted on this device with a key only your passphrase can unlock. Nobody else — not us, not a hospital, not a cloud — can open them. There is no “forgot password” link: you will also get a recovery key to keep safe.',
  'create.passphrase': 'Passphrase',
  'create.confirm': 'Type it again',
  'create.mismatch': 'The two passphrases are not the same.',
  'create.why.title': 'Why a long passphrase matters',
  'create.why.body':
    'If someone copies this device’s storage, they can try passphrases as fast as their computers allow, without any limit. A short password falls in hours; four or five unrelated everyday words, like “copper kettle lantern orchard meadow”, would take them centuries — and are easier to remember.',
  'create.submit': 'Create vault',
  'create.working':
    'Making your keys… (this takes a second on purpose: it is what slows down anyone guessing)',
  'create.tooWeak': 'This passphrase is too easy to guess. Add more words.',

  'strength.label': 'Strength',
  'strength.0': 'Very weak',
  'strength.1': 'Weak',
  'strength.2': 'Fair',
  'strength.3': 'Strong',
  'strength.4': 'Very strong',
  'strength.bits': 'About {bits} bits: an attacker needs around 2^{bits} guesses.',
  'strength.warning.short': 'Shorter than 12 characters.',
  'strength.warning.common': 'Built from very common passwords or words.',
  'strength.warning.repeated': 'Repeats the same character.',
  'strength.warning.sequence': 'Contains a sequence like “abcd” or “1234” or a keyboard row.',
  'strength.warning.date': 'Contains a year; dates are among the first things tried.',
  'strength.warning.single-class': 'Uses only one kind of character.',

  'recovery.title': 'Your recovery key',
  'recovery.intro':
    'If you forget your passphrase, this key is the only other way into your vault. It is shown this once and never stored in readable form. Write it on paper or save the recovery kit somewhere safe — not only on this device.',
  'recovery.keyLabel': 'Recovery key',
  'recovery.download': 'Download recovery kit',
  'recovery.print': 'Print',
  'recovery.confirm.title': 'Check that you saved it',
  'recovery.confirm.body': 'Type group {a} and group {b} of your recovery key.',
  'recovery.confirm.group': 'Group {n}',
  'recovery.confirm.wrong': 'That does not match. Look at your saved copy and try again.',
  'recovery.confirm.submit': 'Open my vault',
  'recovery.back': 'Start again',
  'recovery.kit.title': 'Imaging Vault — recovery kit',
  'recovery.kit.body':
    'This recovery key opens your Imaging Vault if you forget your passphrase.\nKeep it private and safe: on paper, in a safe place, and not only on the device that holds the vault.\n\nRecovery key:\n\n    {key}\n\nVault: {vault}\nCreated: {date}\n\nTo use it: open Imaging Vault, choose “Use recovery key instead” on the unlock screen, and type the key (capital or small letters, dashes or spaces, all work).\n',

  'unlock.title': 'Unlock your vault',
  'unlock.intro': 'Your scans are encrypted on this device. Enter your passphrase to open them.',
  'unlock.passphrase': 'Passphrase',
  'unlock.submit': 'Unlock',
  'unlock.working': 'Checking… (deriving the key takes a second on purpose)',
  'unlock.useRecovery': 'Use recovery key instead',
  'unlock.usePassphrase': 'Use passphrase instead',
  'unlock.recoveryKey': 'Recovery key',
  'unlock.recoveryHint': '8 groups of 4 characters, as in your recovery kit.',

  'settings.security': 'Security',
  'settings.changePassphrase': 'Change passphrase',
  'settings.changePassphrase.intro':
    'Only the key that protects your data key changes; your scans are not re-encrypted, so this is instant.',
  'settings.currentPassphrase': 'Current passphrase',
  'settings.newPassphrase': 'New passphrase',
  'settings.confirmPassphrase': 'Type the new passphrase again',
  'settings.changePassphrase.submit': 'Change passphrase',
  'settings.changePassphrase.done': 'Passphrase changed. Use the new one next time you unlock.',
  'settings.autoLock': 'Lock automatically after',
  'settings.autoLock.minutes': '{n} min without activity',
  'settings.autoLock.saved': 'Saved.',
  'settings.lockNow': 'Lock now',
  'settings.storage.usage': '{used} used of {quota} available to this app',
  'settings.storage.unknown': 'This browser does not report storage use.',
  'lifecycle.conflict.vaultExists':
    'This browser already has a vault: it was created or restored in another tab or window meanwhile. Nothing was overwritten; unlock that vault instead.',
  'lifecycle.conflict.noVault':
    'There is no vault in this browser any more (another tab discarded it or never finished making it). Nothing was written.',
  'lifecycle.conflict.restorePending':
    'A restore from a backup started in this browser and did not finish. Resume or discard it first.',
  'lifecycle.conflict.otherVault':
    'The vault in this browser is not the one this was started for (it was replaced in another tab). Nothing was written.',
  'lifecycle.conflict.keysChanged':
    'The passphrase was changed in another tab meanwhile. Nothing was changed here: lock, unlock with the new passphrase and try again.',
  'lifecycle.conflict.otherBackup':
    'This is not the backup the unfinished restore started from. Choose that same backup again, or discard the unfinished restore.',
  'vault.locked.createdElsewhere':
    'A vault was created or restored in another tab of this browser meanwhile. Nothing here overwrote it: unlock it with its passphrase or recovery key.',
  'vault.locked.restoredElsewhere':
    'A vault was restored from a backup in another tab of this browser. Unlock it with its passphrase or recovery key.',
  'restorePending.title': 'A restore did not finish',
  'restorePending.intro':
    'A restore of the backup “{source}” (made {date}) into this browser started {started} and did not finish: the tab or the browser was probably closed. Nothing of it is shown or usable yet.',
  'restorePending.damaged':
    'A restore into this browser started and did not finish, but its record is damaged: it can only be discarded.',
  'restorePending.running':
    'It is still running in another tab of this browser. Wait for it there: this screen follows when it ends.',
  'restorePending.resume': 'Resume the restore',
  'restorePending.resumeHint':
    'Choose the backup “{source}” again: what was already restored is kept and the rest is added.',
  'restorePending.discard': 'Discard it',
  'restorePending.discardHint':
    'Removes every row of the unfinished restore from this browser (your backup is not touched), then you can create a vault or restore again.',
  'settings.storage.orphans.none': 'No leftovers of interrupted jobs.',
  'settings.storage.orphans.found':
    'Leftovers of interrupted jobs: {n} stored rows (files or images no study shows). They take space and can be removed.',
  'settings.storage.orphans.sweep': 'Remove leftovers',
  'settings.storage.orphans.swept': 'Leftovers removed: {n} stored rows.',
  'settings.storage.orphans.importRunning':
    'An import is running in this or another tab: leftovers are removed only when no import runs. Try again after it ends.',
  'lifecycle.notUnlocked': 'Unlock the vault first: this needs its keys, and it may have locked meanwhile.',
  'unlock.keySettingsChanged':
    'The vault’s key settings were changed since they were made, so your passphrase cannot open it as it is stored now. This is not a typing mistake. Use your recovery key instead, or restore from a backup.',
  'settings.storage.orphans.unreadableRecords':
    '{n} stored records cannot be opened, and one of them may keep a file: leftovers are not removed until the integrity check has named them and they are restored or removed.',
} as const;
