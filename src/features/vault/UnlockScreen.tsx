import { Show } from 'solid-js';
import { Alert } from '../../ui/Alert';
import { t, type MessageKey } from '../../ui/i18n/catalog';
import { SecretUnlockForm } from './SecretUnlockForm';
import { useVault } from './VaultContext';

const LOCK_MESSAGES: Record<string, MessageKey> = {
  idle: 'vault.locked.idle',
  'other-tab': 'vault.locked.otherTab',
  manual: 'vault.locked.manual',
  'created-elsewhere': 'vault.locked.createdElsewhere',
  'restored-elsewhere': 'vault.locked.restoredElsewhere',
};

export function UnlockScreen() {
  const { session } = useVault();
  return (
    <section class="gate-card" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        {t('unlock.title')}
      </h1>
      <Show when={session.lockReason()}>
        {(reason) => <Alert tone="info">{t(LOCK_MESSAGES[reason()] ?? 'vault.locked.manual')}</Alert>}
      </Show>
      <p>{t('unlock.intro')}</p>
      <SecretUnlockForm
        initialKind="passphrase"
        autofocus
        onUnlock={(secret, kind) =>
          kind === 'recovery' ? session.unlockWithRecovery(secret) : session.unlock(secret)
        }
      />
    </section>
  );
}
