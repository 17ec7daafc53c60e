import { createSignal, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { CreatedVault } from '../../crypto/vaultKeys';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { RecoveryKeyScreen } from './RecoveryKeyScreen';
import { isAcceptableNewPassphrase, isTooWeak } from './newPassphrase';
import { NewPassphraseFields } from './NewPassphraseFields';
import { useVault } from './VaultContext';
import type { RestoreScreens } from './restoreScreens';

export function CreateVaultScreen(props: { restore: RestoreScreens['Fresh'] }) {
  const { session } = useVault();
  const [passphrase, setPassphrase] = createSignal('');
  const [confirm, setConfirm] = createSignal('');
  const [touched, setTouched] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [created, setCreated] = createSignal<CreatedVault | null>(null);
  const [restoring, setRestoring] = createSignal(false);

  const tooWeak = () => isTooWeak(passphrase());
  const ready = () => isAcceptableNewPassphrase(passphrase(), confirm());

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!ready()) return;
    setBusy(true);
    setError(null);
    try {
      setCreated(await session.prepareCreate(passphrase()));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Show
      when={!restoring()}
      fallback={<Dynamic component={props.restore} onBack={() => setRestoring(false)} />}
    >
      <Show
        when={created()}
        fallback={
          <section class="gate-card" aria-labelledby="page-title">
            <h1 id="page-title" tabIndex={-1}>
              {t('create.title')}
            </h1>
            <p>{t('create.intro')}</p>
            <form onSubmit={submit} novalidate>
              <NewPassphraseFields
                passphraseLabel={t('create.passphrase')}
                confirmLabel={t('create.confirm')}
                passphrase={passphrase()}
                confirm={confirm()}
                onPassphraseInput={setPassphrase}
                onConfirmInput={setConfirm}
                disabled={busy()}
                revealMismatch={touched()}
                onConfirmBlur={() => setTouched(true)}
              />
              <details class="explainer" open>
                <summary>{t('create.why.title')}</summary>
                <p>{t('create.why.body')}</p>
              </details>
              <Show when={touched() && tooWeak()}>
                <Alert tone="warning">{t('create.tooWeak')}</Alert>
              </Show>
              <Show when={error()}>
                <Alert tone="error">{error()}</Alert>
              </Show>
              <Show when={busy()}>
                <p class="muted" role="status">
                  {t('create.working')}
                </p>
              </Show>
              <button type="submit" class="button primary wide" disabled={busy() || !ready()}>
                {t('create.submit')}
              </button>
            </form>
            <p class="restore-link">
              <button type="button" class="button link" onClick={() => setRestoring(true)} disabled={busy()}>
                {t('stewardship.restoreFresh.link')}
              </button>
            </p>
          </section>
        }
      >
        {(vault) => (
          <RecoveryKeyScreen
            created={vault()}
            onBack={() => {
              session.cancelCreate();
              setCreated(null);
            }}
          />
        )}
      </Show>
    </Show>
  );
}
