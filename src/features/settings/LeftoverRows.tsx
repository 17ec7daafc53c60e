import { createResource, createSignal, Show } from 'solid-js';
import { countOrphans, orphanCount } from '../../storage/orphanSweep';
import { keptOriginals } from '../../documents';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { sweepLeftovers } from './sweepLeftovers';

/** Storage health: rows interrupted jobs left behind (counted from clear index columns), and removing them. */
export function LeftoverRows() {
  // Counting failures are shown, not thrown: storage health must stay readable on a damaged vault.
  const [counted, { refetch }] = createResource(() =>
    keptOriginals()
      .then((kept) => countOrphans(kept.addresses))
      .then(
        (o) => ({ n: orphanCount(o), error: null }),
        (e: unknown) => ({ n: 0, error: errorMessage(e) }),
      ),
  );
  const count = () => counted()?.n;
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<{ tone: 'success' | 'warning' | 'error'; text: string } | null>(
    null,
  );

  const sweep = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const removed = await sweepLeftovers();
      setMessage(
        removed === null
          ? { tone: 'warning', text: t('settings.storage.orphans.importRunning') }
          : { tone: 'success', text: t('settings.storage.orphans.swept', { n: removed }) },
      );
      await refetch();
    } catch (e) {
      setMessage({ tone: 'error', text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="leftovers" data-testid="storage-leftovers">
      <Show when={count() !== undefined}>
        <Show when={(count() ?? 0) > 0} fallback={<p class="muted">{t('settings.storage.orphans.none')}</p>}>
          <p>{t('settings.storage.orphans.found', { n: count() ?? 0 })}</p>
          <div class="button-row">
            <button type="button" class="button" disabled={busy()} onClick={() => void sweep()}>
              {t('settings.storage.orphans.sweep')}
            </button>
          </div>
        </Show>
      </Show>
      <Show when={counted()?.error}>{(text) => <Alert tone="error">{text()}</Alert>}</Show>
      <Show when={message()}>{(m) => <Alert tone={m().tone}>{m().text}</Alert>}</Show>
    </div>
  );
}
