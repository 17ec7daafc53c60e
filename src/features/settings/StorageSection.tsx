import { createResource, createSignal, Show } from 'solid-js';
import { Alert } from '../../ui/Alert';
import { formatBytes } from '../../ui/format';
import { t } from '../../ui/i18n/catalog';
import { LargestStudies } from './LargestStudies';
import { LeftoverRows } from './LeftoverRows';

interface StorageFacts {
  readonly persisted: boolean | null;
  readonly usage: number | null;
  readonly quota: number | null;
}

async function readStorageFacts(): Promise<StorageFacts> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted?.().catch(() => null) ?? null,
    storage.estimate?.().catch(() => null) ?? null,
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Storage health: whether the browser may evict the vault, how much room it has, what takes the most. */
export function StorageSection() {
  const [facts, { refetch }] = createResource(readStorageFacts);
  const [refused, setRefused] = createSignal(false);

  const ask = async () => {
    const granted = await navigator.storage.persist();
    setRefused(!granted);
    await refetch();
  };

  return (
    <section class="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('stewardship.health.title')}</h2>
      <Show when={facts()}>
        {(f) => (
          <>
            <Show
              when={f().persisted}
              fallback={
                <>
                  <Alert tone="warning">{t('settings.storage.notPersisted')}</Alert>
                  <button type="button" class="button" onClick={() => void ask()}>
                    {t('settings.storage.ask')}
                  </button>
                  <Show when={refused()}>
                    <p class="muted">{t('settings.storage.refused')}</p>
                  </Show>
                </>
              }
            >
              <Alert tone="success">{t('settings.storage.persisted')}</Alert>
            </Show>
            <Show
              when={f().usage !== null && f().quota !== null}
              fallback={<p class="muted">{t('settings.storage.unknown')}</p>}
            >
              <div class="usage">
                <progress max={f().quota ?? 1} value={f().usage ?? 0} aria-labelledby="usage-text" />
                <p id="usage-text" data-testid="storage-usage">
                  {t('settings.storage.usage', {
                    used: formatBytes(f().usage ?? 0),
                    quota: formatBytes(f().quota ?? 0),
                  })}
                </p>
              </div>
            </Show>
          </>
        )}
      </Show>
      <LeftoverRows />
      <LargestStudies onDeleted={() => void refetch()} />
    </section>
  );
}
