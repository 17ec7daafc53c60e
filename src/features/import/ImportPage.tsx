import { createSignal, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import { createImportWorkers } from '../../app/workers';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../ui/errorMessage';
import { FileSourcePicker, type PickedFile } from '../../ui/files';
import { t } from '../../ui/i18n/catalog';
import { throttleLatest } from '../../ui/throttleLatest';
import { PageHeader } from '../../ui/PageHeader';
import { JobProgressView } from '../../ui/progress/JobProgressView';
import { holdAwake } from '../vault';
import { runImport, type ImportProgress, type ImportSummary } from './importJob';
import { importSources } from './importSources';
import { takePendingImport } from './pendingImport';
import { ImportSummaryView } from './ImportSummaryView';
import { KeptDamagedOriginals } from './KeptDamagedOriginals';

type State =
  | { readonly step: 'choose'; readonly error?: string }
  | { readonly step: 'running'; readonly progress: ImportProgress; readonly startedAt: number }
  | { readonly step: 'done'; readonly summary: ImportSummary };

export function ImportPage() {
  const [state, setState] = createSignal<State>({ step: 'choose' });
  const [cancelling, setCancelling] = createSignal(false);
  let controller: AbortController | null = null;
  onCleanup(() => controller?.abort());

  onMount(() => {
    const handed = takePendingImport();
    if (handed) void start([...handed]);
  });

  const start = async (picked: PickedFile[]) => {
    controller = new AbortController();
    setCancelling(false);
    const release = holdAwake();
    const pool = createImportWorkers();
    try {
      const { sources, problems } = await importSources(picked);
      const total = sources.reduce((n, s) => n + s.size, 0);
      const startedAt = performance.now();
      setState({
        step: 'running',
        startedAt,
        progress: { filesDone: 0, filesTotal: sources.length, bytesDone: 0, bytesTotal: total, elapsedMs: 0 },
      });
      const onProgress = throttleLatest((progress: ImportProgress) =>
        setState({ step: 'running', startedAt, progress }),
      );
      const summary = await runImport(sources, {
        workers: pool.clients,
        signal: controller.signal,
        onProgress,
      }).finally(onProgress.cancel);
      setState({ step: 'done', summary: { ...summary, unreadable: [...problems, ...summary.unreadable] } });
    } catch (error) {
      setState({ step: 'choose', error: errorMessage(error) });
    } finally {
      pool.terminate();
      release();
    }
  };

  return (
    <section class="page" aria-labelledby="page-title">
      <PageHeader title={t('place.import.title')} summary={t('place.import.summary')} />
      <Switch>
        <Match when={state().step === 'choose'}>
          <div class="card">
            <p>{t('import.intro')}</p>
            <Show when={(state() as { error?: string }).error}>
              {(error) => <Alert tone="error">{error()}</Alert>}
            </Show>
            <FileSourcePicker
              onFiles={(files) => void start(files)}
              labels={{
                zone: t('import.picker.zone'),
                chooseFolder: t('import.picker.folder'),
                chooseFiles: t('import.picker.files'),
                dropHint: t('import.picker.drop'),
                reading: t('import.picker.reading'),
              }}
              onError={(error) => setState({ step: 'choose', error: errorMessage(error) })}
            />
          </div>
          <KeptDamagedOriginals />
        </Match>
        <Match
          when={state().step === 'running' && (state() as { progress: ImportProgress; startedAt: number })}
        >
          {(running) => (
            <section class="card" aria-labelledby="import-running">
              <h2 id="import-running">{t('import.running')}</h2>
              <JobProgressView
                label={t('import.progress.label')}
                progress={running().progress}
                startedAt={running().startedAt}
                showTimeLeft
                statsTestId="import-progress"
                cancelling={cancelling()}
                cancellingText={t('import.cancelling')}
                onCancel={() => {
                  setCancelling(true);
                  controller?.abort();
                }}
              />
            </section>
          )}
        </Match>
        <Match when={state().step === 'done' && (state() as { summary: ImportSummary }).summary}>
          {(summary) => (
            <ImportSummaryView summary={summary()} onAgain={() => setState({ step: 'choose' })} />
          )}
        </Match>
      </Switch>
    </section>
  );
}
