import { createSignal, Show } from 'solid-js';
import type { CreatedVault } from '../../crypto/vaultKeys';
import { estimateStrength } from '../../domain/passphrase/strength';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../ui/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { TextField } from '../../ui/TextField';
import { RestoreScreen } from '../backup/RestoreScreen';
import { RecoveryKeyScreen } from './RecoveryKeyScreen';
import { StrengthMeter } from './StrengthMeter';
import { useVault } from './VaultContext';

/** The minimum accepted: "fair" (about 40 bits). A lifetime archive of medical images deserves no less. */
const MIN_LEVEL = 2;

export function CreateVaultScreen() {
  const { session } = useVault();
  const [passphrase, setPassphrase] = createSignal('');
  const [confirm, setConfirm] = createSignal('');
  const [touched, setTouched] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [created, setCreated] = createSignal<CreatedVault | null>(null);
  const [restoring, setRestoring] = createSignal(false);

  const mismatch = () => touched() && confirm().length > 0 && confirm() !== passphrase();
  const tooWeak = () => passphrase().length > 0 && estimateStrength(passphrase()).level < MIN_LEVEL;
  const ready = () => passphrase().length > 0 && confirm() === passphrase() && !tooWeak();

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
    <Show when={!restoring()} fallback={<RestoreScreen onBack={() => setRestoring(false)} />}>
      <Show
        when={created()}
        fallback={
          <section class="gate-card" aria-labelledby="page-title">
            <h1 id="page-title" tabIndex={-1}>
              {t('create.title')}
            </h1>
            <p>{t('create.intro')}</p>
            <form onSubmit={submit} novalidate>
              <TextField
                label={t('create.passphrase')}
                type="password"
                autocomplete="new-password"
                value={passphrase()}
                onInput={(e) => setPassphrase(e.currentTarget.value)}
                disabled={busy()}
              />
              <StrengthMeter passphrase={passphrase()} />
              <TextField
                label={t('create.confirm')}
                type="password"
                autocomplete="new-password"
                value={confirm()}
                onInput={(e) => setConfirm(e.currentTarget.value)}
                onBlur={() => setTouched(true)}
                error={mismatch() ? t('create.mismatch') : null}
                disabled={busy()}
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
