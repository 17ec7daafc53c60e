import { A } from '@solidjs/router';
import { createResource, Show } from 'solid-js';
import { backupNudge } from '../../domain/stewardship';
import { Alert } from '../../ui/Alert';
import { t } from '../../ui/i18n/catalog';
import { readBackupStatus } from '../backup';
import { PersistenceRequest, readPersisted } from '../settings';

/**
 * After an import, the moment the patient has something to lose: until a first backup exists (and then
 * whenever the last one is a month old) a reminder to back up, and, while the browser has not promised to
 * keep the vault, the request for persistent storage with its explanation.
 */
export function KeepSafe() {
  const [backups] = createResource(() => readBackupStatus());
  const [persisted] = createResource(readPersisted);
  const nudge = () => (backups() ? backupNudge(backups()?.last ?? null, new Date()) : null);
  return (
    <Show when={!backups.loading && !persisted.loading && (nudge() || persisted() !== true)}>
      <section class="keep-safe" aria-labelledby="keep-safe-title" data-testid="keep-safe">
        <h3 id="keep-safe-title">{t('protection.afterImport.title')}</h3>
        <Show when={nudge()}>
          {(n) => (
            <Alert tone="warning">
              {t(n() === 'first' ? 'protection.afterImport.first' : 'protection.afterImport.monthly')}{' '}
              <A href="/settings">{t('protection.afterImport.backup')}</A>
            </Alert>
          )}
        </Show>
        <Show when={persisted() !== true}>
          <p>{t('protection.not-persisted')}</p>
          <PersistenceRequest />
        </Show>
      </section>
    </Show>
  );
}
