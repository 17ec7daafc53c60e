export { VaultProvider, useVault } from './VaultContext';
export { VaultGate } from './VaultGate';
export type { RestoreScreens } from './restoreScreens';
export { AUTO_LOCK_CHOICES, AUTO_LOCK_SETTING, DEFAULT_AUTO_LOCK_MINUTES } from './createAutoLock';
export { SecretUnlockForm, type SecretKind, type SecretUnlockFormProps } from './SecretUnlockForm';
export { runLifecycle, conflictOf, LifecycleError } from './lifecycle';
export { isAcceptableNewPassphrase, isTooWeak } from './newPassphrase';
export { NewPassphraseFields, type NewPassphraseFieldsProps } from './NewPassphraseFields';
