import { createSignal, onMount, Show } from 'solid-js';
import { Workbox } from 'workbox-window';
import { t } from '../ui/i18n/catalog';

/**
 * Registers the service worker (production builds only) and, when a new version is waiting, asks
 * before switching: reloading mid-import or mid-export would throw away work.
 */
export function UpdatePrompt() {
  const [waiting, setWaiting] = createSignal<Workbox | null>(null);

  onMount(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    const wb = new Workbox('/sw.js', { type: 'module' });
    wb.addEventListener('waiting', () => setWaiting(wb));
    wb.addEventListener('controlling', (event) => {
      if (event.isUpdate) window.location.reload();
    });
    void wb.register();
  });

  const update = () => {
    waiting()?.messageSkipWaiting();
    setWaiting(null);
  };

  return (
    <Show when={waiting()}>
      <div class="toast" role="status">
        <span>{t('update.available')}</span>
        <button type="button" class="button primary" onClick={update}>
          {t('update.reload')}
        </button>
        <button type="button" class="button" onClick={() => setWaiting(null)}>
          {t('update.later')}
        </button>
      </div>
    </Show>
  );
}
