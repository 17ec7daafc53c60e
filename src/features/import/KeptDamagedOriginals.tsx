import { createResource, Show } from 'solid-js';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { DamagedOriginalsList } from './DamagedOriginalsList';
import { listDamagedOriginals } from './damagedOriginals';

/** Every damaged original earlier imports kept, so each can still be downloaded after its summary is gone. */
export function KeptDamagedOriginals() {
  const [kept] = createResource(() =>
    listDamagedOriginals().catch((e: unknown) => new Error(errorMessage(e))),
  );
  return (
    <Show when={kept()}>
      {(list) => (
        <Show
          when={!(list() instanceof Error) && (list() as Awaited<ReturnType<typeof listDamagedOriginals>>)}
          fallback={<Alert tone="error">{(list() as Error).message}</Alert>}
        >
          {(entries) => (
            <Show when={entries().length > 0}>
              <section class="card" aria-labelledby="kept-damaged" data-testid="kept-damaged">
                <h2 id="kept-damaged">{t('import.kept.heading', { n: entries().length })}</h2>
                <DamagedOriginalsList entries={entries()} />
              </section>
            </Show>
          )}
        </Show>
      )}
    </Show>
  );
}
