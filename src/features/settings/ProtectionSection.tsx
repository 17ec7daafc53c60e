import { createResource, For, Show } from 'solid-js';
import { protectionReport, type ProtectionLine } from '../../domain/stewardship';
import { t, type MessageKey } from '../../ui/i18n/catalog';
import { readBackupStatus } from '../backup';
import { runsInstalled } from './installState';
import { PersistenceRequest } from './PersistenceRequest';
import { readPersisted } from './readPersisted';

/**
 * Settings' account of what protects the vault in this browser and what does not: persistent storage
 * (with the request), installation (with how, for each kind of browser), and the last backup.
 */
export function ProtectionSection() {
  const [persisted, { refetch }] = createResource(readPersisted);
  const [backups] = createResource(() => readBackupStatus());
  const lines = (): ProtectionLine[] =>
    protectionReport({
      persisted: persisted() ?? null,
      installed: runsInstalled(),
      lastBackup: backups()?.last ?? null,
      now: new Date(),
    });

  return (
    <section class="card" aria-labelledby="protection-title" data-testid="protection-section">
      <h2 id="protection-title">{t('protection.title')}</h2>
      <p>{t('protection.intro')}</p>
      <Show when={!persisted.loading && !backups.loading}>
        <ul class="protection-list">
          <For each={lines()}>
            {(line) => (
              <li data-item={line.item} data-protects={String(line.protects)}>
                <strong>{line.protects ? t('protection.protects') : t('protection.doesNotProtect')}:</strong>{' '}
                {t(`protection.${line.item}` as MessageKey)}
              </li>
            )}
          </For>
        </ul>
        <Show when={persisted() !== true}>
          <PersistenceRequest onAnswered={() => void refetch()} />
        </Show>
        <Show when={!runsInstalled()}>
          <details class="explainer">
            <summary>{t('protection.install.title')}</summary>
            <ul>
              <li>{t('protection.install.iphone')}</li>
              <li>{t('protection.install.mac')}</li>
              <li>{t('protection.install.chromium')}</li>
              <li>{t('protection.install.firefox')}</li>
            </ul>
          </details>
        </Show>
      </Show>
    </section>
  );
}
