import { createResource, Show } from 'solid-js';
import { formatBytes } from '../../ui/format';
import { t } from '../../ui/i18n/catalog';
import { LargestStudies } from './LargestStudies';
import { LeftoverRows } from './LeftoverRows';

interface StorageFacts {
  readonly usage: number | null;
  readonly quota: number | null;
}

async function readStorageFacts(): Promise<StorageFacts> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage) return { usage: null, quota: null };
  const estimate = await (storage.estimate?.().catch(() => null) ?? null);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Storage health: how much room the vault has and what takes the most (what protects it: ProtectionSection). */
export function StorageSection() {
  const [facts, { refetch }] = createResource(readStorageFacts);

  return (
    <section class="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('stewardship.health.title')}</h2>
      <Show when={facts()}>
        {(f) => (
          <>
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
