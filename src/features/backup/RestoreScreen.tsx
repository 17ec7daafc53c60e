import { createSignal, Show } from 'solid-js';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
// Straight from the files, not ../vault: CreateVaultScreen (behind that index) renders this screen.
import { SecretUnlockForm, useVault } from '../vault';
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
export function RestoreScreen(props: { onBack: () => void; backLabel?: string; hint?: string }) {
  const { session } = useVault();
  const [report, setReport] = createSignal<RestoreReport | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  const back = async () => {
    // Nothing of a restore that was not unlocked may linger under a vault created next. The discard
    // checks, under the life-cycle lock, that no vault was made here meanwhile (then this screen was
    // stale and the session shows the unlock screen instead).
    setError(null);
    try {
      await session.discardRestore();
      props.onBack();
    } catch (e) {
      setError(errorMessage(e));
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
            <p>{props.hint ?? t('stewardship.restoreFresh.intro')}</p>
            <RestorePanel
              mode="fresh"
              onDone={(r) => void setReport(r)}
              onConflict={() => void session.refresh('created-elsewhere')}
            />
            <Show when={error()}>
              <Alert tone="error">{error()}</Alert>
            </Show>
            <div class="button-row">
              <button type="button" class="button link" onClick={() => void back()}>
                {props.backLabel ?? t('stewardship.restoreFresh.back')}
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
            <h2>{t('stewardship.restoreFresh.unlock')}</h2>
            <SecretUnlockForm
              initialKind="recovery"
              onUnlock={async (secret, kind) => {
                if (kind === 'recovery') await session.unlockWithRecovery(secret);
                else await session.unlock(secret);
                await recordRestore(done(), 'fresh');
              }}
            />
          </>
        )}
      </Show>
    </section>
  );
}
