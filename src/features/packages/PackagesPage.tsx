import { createResource, createSignal, Show } from 'solid-js';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { PageHeader } from '../../ui/PageHeader';
import { loadShares, loadSpecialists } from './exportData';
import { ExportWizard } from './ExportWizard';
import './packages.css';
import { ShareLog } from './ShareLog';

/** Transfer packages: past exports with their fingerprints, and the wizard that makes a new one. */
export function PackagesPage() {
  const [making, setMaking] = createSignal(false);
  const [log, { refetch }] = createResource(async () => {
    const [shares, specialists] = await Promise.all([loadShares(), loadSpecialists()]);
    return { shares, specialists };
  });
  return (
    <section class="page" aria-labelledby="page-title">
      <PageHeader
        title={t('place.packages.title')}
        summary={t('place.packages.summary')}
        actions={
          <Show when={!making()}>
            <button type="button" class="button primary" onClick={() => setMaking(true)}>
              {t('packages.new')}
            </button>
          </Show>
        }
      />
      <Show
        when={making()}
        fallback={
          <>
            <Show when={log.error}>
              <Alert tone="error">{errorMessage(log.error)}</Alert>
            </Show>
            <Show when={log()} fallback={<p class="muted">{t('packages.loading')}</p>}>
              {(l) => <ShareLog shares={l().shares} specialists={l().specialists} />}
            </Show>
          </>
        }
      >
        <ExportWizard
          onClose={(exported) => {
            setMaking(false);
            if (exported) void refetch();
          }}
        />
      </Show>
    </section>
  );
}
