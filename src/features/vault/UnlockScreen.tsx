import { createSignal, Show } from 'solid-js';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../ui/errorMessage';
import { t, type MessageKey } from '../../ui/i18n/catalog';
import { TextField } from '../../ui/TextField';
import { useVault } from './VaultContext';

const LOCK_MESSAGES: Record<string, MessageKey> = {
  idle: 'vault.locked.idle',
  'other-tab': 'vault.locked.otherTab',
  manual: 'vault.locked.manual',
};

export function UnlockScreen() {
  const { session } = useVault();
  const [useRecovery, setUseRecovery] = createSignal(false);
  const [secret, setSecret] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!secret()) return;
    setBusy(true);
    setError(null);
    try {
      if (useRecovery()) await session.unlockWithRecovery(secret());
      else await session.unlock(secret());
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  const toggle = () => {
    setUseRecovery(!useRecovery());
    setSecret('');
    setError(null);
  };

  return (
    <section class="gate-card" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        {t('unlock.title')}
      </h1>
      <Show when={session.lockReason()}>
        {(reason) => <Alert tone="info">{t(LOCK_MESSAGES[reason()] ?? 'vault.locked.manual')}</Alert>}
      </Show>
      <p>{t('unlock.intro')}</p>
      <form onSubmit={submit} novalidate>
        <Show
          when={useRecovery()}
          fallback={
            <TextField
              label={t('unlock.passphrase')}
              type="password"
              autocomplete="current-password"
              value={secret()}
              onInput={(e) => setSecret(e.currentTarget.value)}
              disabled={busy()}
              error={error()}
              autofocus
            />
          }
        >
          <TextField
            label={t('unlock.recoveryKey')}
            hint={t('unlock.recoveryHint')}
            autocomplete="off"
            spellcheck={false}
            class="mono"
            value={secret()}
            onInput={(e) => setSecret(e.currentTarget.value)}
            disabled={busy()}
            error={error()}
          />
        </Show>
        <Show when={busy()}>
          <p class="muted" role="status">
            {t('unlock.working')}
          </p>
        </Show>
        <div class="button-row">
          <button type="submit" class="button primary" disabled={busy() || !secret()}>
            {t('unlock.submit')}
          </button>
          <button type="button" class="button link" onClick={toggle} disabled={busy()}>
            {useRecovery() ? t('unlock.usePassphrase') : t('unlock.useRecovery')}
          </button>
        </div>
      </form>
    </section>
  );
}
