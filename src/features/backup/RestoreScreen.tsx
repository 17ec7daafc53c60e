import { createSignal, Show } from 'solid-js';
import { clearVaultTables } from '../../storage/backupRepository';
import { errorMessage } from '../../ui/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { TextField } from '../../ui/TextField';
import { useVault } from '../vault/VaultContext';
import { recordRestore } from './restoreHistory';
import type { RestoreReport } from './restoreBackup';
import { RestorePanel } from './RestorePanel';
import { RestoreReportView } from './RestoreReportView';
import './backup.css';

/**
 * Restoring into a browser that has no vault yet (a new computer, a new profile): choose the backup,
 * which brings back every record and the vault's wrapped keys, then unlock it with the passphrase or
 * the recovery key. The restore is audited once the vault is open (its trail needs the key).
 */
export function RestoreScreen(props: { onBack: () => void }) {
  const { session } = useVault();
  const [report, setReport] = createSignal<RestoreReport | null>(null);
  const [useRecovery, setUseRecovery] = createSignal(true);
  const [secret, setSecret] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  const back = async () => {
    // Nothing of a restore that was not unlocked may linger under a vault created next.
    await clearVaultTables().catch(() => undefined);
    props.onBack();
  };

  const unlock = async (event: SubmitEvent) => {
    event.preventDefault();
    const done = report();
    if (!secret() || !done) return;
    setBusy(true);
    setError(null);
    try {
      if (useRecovery()) await session.unlockWithRecovery(secret());
      else await session.unlock(secret());
      await recordRestore(done, 'fresh');
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <section class="gate-card" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        {t('stewardship.restoreFresh.title')}
      </h1>
      <Show
        when={report()}
        fallback={
          <>
            <p>{t('stewardship.restoreFresh.intro')}</p>
            <RestorePanel mode="fresh" onDone={(r) => void setReport(r)} />
            <div class="button-row">
              <button type="button" class="button link" onClick={() => void back()}>
                {t('stewardship.restoreFresh.back')}
              </button>
            </div>
          </>
        }
      >
        {(done) => (
          <>
            <RestoreReportView report={done()} />
            <Show when={done().problems.length > 0}>
              <p class="muted">{t('stewardship.restoreFresh.namesLater')}</p>
            </Show>
            <form onSubmit={unlock} novalidate>
              <h2>{t('stewardship.restoreFresh.unlock')}</h2>
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
                <button
                  type="button"
                  class="button link"
                  disabled={busy()}
                  onClick={() => {
                    setUseRecovery(!useRecovery());
                    setSecret('');
                    setError(null);
                  }}
                >
                  {useRecovery() ? t('unlock.usePassphrase') : t('unlock.useRecovery')}
                </button>
              </div>
            </form>
          </>
        )}
      </Show>
    </section>
  );
}
