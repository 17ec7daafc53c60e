import { createResource, createSignal, Show } from 'solid-js';
import { lifecycleLockHeld } from '../../storage/lifecycleLock';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
// Straight from the files, not ../vault: the vault gate (behind that index) renders this screen.
import { useVault } from '../vault';
import { RestoreScreen } from './RestoreScreen';
import './backup.css';

/**
 * A fresh restore started in this browser and never finished (its marker is there, the key material is
 * not): nothing of it is usable, and creating a vault over it is refused until the person chooses to
 * resume it (the same backup again: what was written is kept) or to discard it.
 */
export function RestorePendingScreen() {
  const { session } = useVault();
  const [resuming, setResuming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  // A restore still running in another tab holds the life-cycle lock; this screen follows its end.
  const [running] = createResource(lifecycleLockHeld);

  const when = (iso: string) => new Date(iso).toLocaleString();

  const discard = async () => {
    setBusy(true);
    setError(null);
    try {
      await session.discardRestore();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Show
      when={!resuming()}
      fallback={
        <RestoreScreen
          onBack={() => setResuming(false)}
          backLabel={t('restorePending.discard')}
          hint={t('restorePending.resumeHint', { source: session.pendingRestore()?.source ?? '' })}
        />
      }
    >
      <section class="gate-card" aria-labelledby="page-title" data-testid="restore-pending">
        <h1 id="page-title" tabIndex={-1}>
          {t('restorePending.title')}
        </h1>
        <Show
          when={session.pendingRestore()}
          fallback={<Alert tone="warning">{t('restorePending.damaged')}</Alert>}
        >
          {(pending) => (
            <p>
              {t('restorePending.intro', {
                source: pending().source,
                date: when(pending().backupCreatedAt),
                started: when(pending().startedAt),
              })}
            </p>
          )}
        </Show>
        <Show when={running()}>
          <Alert tone="info">{t('restorePending.running')}</Alert>
        </Show>
        <Show when={error()}>
          <Alert tone="error">{error()}</Alert>
        </Show>
        <div class="button-row">
          <Show when={session.pendingRestore()}>
            <button type="button" class="button primary" disabled={busy()} onClick={() => setResuming(true)}>
              {t('restorePending.resume')}
            </button>
          </Show>
          <button type="button" class="button" disabled={busy()} onClick={() => void discard()}>
            {t('restorePending.discard')}
          </button>
        </div>
        <p class="muted">{t('restorePending.discardHint')}</p>
      </section>
    </Show>
  );
}
