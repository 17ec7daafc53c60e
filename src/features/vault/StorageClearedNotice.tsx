import { createSignal, Show } from 'solid-js';
import { readPresenceMarker, forgetPresence } from '../../storage/presenceMarker';
import { presenceVerdict } from '../../domain/stewardship';
import { Alert } from '../../ui/Alert';
import { t } from '../../ui/i18n/catalog';

const when = (iso: string) => new Date(iso).toLocaleString();

/**
 * Above the create screen of a profile with no vault: when this browser's note says it held one, the
 * patient is told the storage was cleared and which backup brings it back, instead of being greeted as a
 * newcomer. "Start a new vault" dismisses the note for good.
 */
export function StorageClearedNotice() {
  const [marker, setMarker] = createSignal(readPresenceMarker());
  const cleared = () => {
    const verdict = presenceVerdict(marker(), false);
    return verdict.kind === 'cleared' ? verdict.marker : null;
  };
  return (
    <Show when={cleared()}>
      {(m) => (
        <section
          class="gate-card cleared-notice"
          data-testid="storage-cleared"
          aria-labelledby="cleared-title"
        >
          <h2 id="cleared-title">{t('protection.cleared.title')}</h2>
          <Alert tone="warning">{t('protection.cleared.intro', { since: when(m().since) })}</Alert>
          <Show when={m().lastBackup} fallback={<p>{t('protection.cleared.noBackup')}</p>}>
            {(b) => (
              <p data-testid="cleared-last-backup">
                {t('protection.cleared.lastBackup', {
                  where: b().where,
                  kind: t(`protection.cleared.kind.${b().kind}`),
                  date: when(b().at),
                })}
              </p>
            )}
          </Show>
          <button
            type="button"
            class="button"
            onClick={() => {
              forgetPresence();
              setMarker(null);
            }}
          >
            {t('protection.cleared.startOver')}
          </button>
        </section>
      )}
    </Show>
  );
}
