import { createSignal, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import { useAppServices } from '../../services';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { FileSourcePicker, type PickedFile } from '../../ui/files';
import { t } from '../../ui/i18n/catalog';
import { throttleLatest } from '../../ui/throttleLatest';
import { PageHeader } from '../../ui/PageHeader';
import { createJob } from '../../ui/jobs';
import { JobProgressView } from '../../ui/progress/JobProgressView';
import { runImport, type ImportProgress, type ImportSummary } from './importJob';
import { importSources } from './importSources';
import { takePendingImport } from './pendingImport';
import { ImportSummaryView } from './ImportSummaryView';
import { KeptDamagedOriginals } from './KeptDamagedOriginals';

export function ImportPage() {
  const { importWorkers } = useAppServices();
  const job = createJob<ImportProgress, ImportSummary>();
  // The last failure, or a picker's error: shown on the choose screen until the next import begins.
  const [error, setError] = createSignal<string | undefined>();
  onCleanup(job.cancel);

  onMount(() => {
    const handed = takePendingImport();
    if (handed) void start([...handed]);
  });

  const start = async (picked: PickedFile[]) => {
    const end = await job.start(async (control) => {
      const pool = importWorkers();
      try {
        const { sources, problems } = await importSources(picked);
        const total = sources.reduce((n, s) => n + s.size, 0);
        setError(undefined);
        control.begin({
          filesDone: 0,
          filesTotal: sources.length,
          bytesDone: 0,
          bytesTotal: total,
          elapsedMs: 0,
        });
        const onProgress = throttleLatest(control.progress);
        const summary = await runImport(sources, {
          workers: pool.clients,
          signal: control.signal,
          onProgress,
        }).finally(onProgress.cancel);
        return { ...summary, unreadable: [...problems, ...summary.unreadable] };
      } finally {
        pool.terminate();
      }
    });
    if (end.kind !== 'done') setError(errorMessage(end.error));
  };

  const running = () => {
    const state = job.state();
    return state.kind === 'running' && state.progress
      ? { progress: state.progress, startedAt: state.startedAt }
      : false;
  };

  return (
    <section class="page" aria-labelledby="page-title">
      <PageHeader title={t('place.import.title')} summary={t('place.import.summary')} />
      <Switch>
        <Match when={job.state().kind !== 'done' && !running()}>
          <div class="card">
            <p>{t('import.intro')}</p>
            <Show when={error()}>{(error) => <Alert tone="error">{error()}</Alert>}</Show>
            <FileSourcePicker
              onFiles={(files) => void start(files)}
              labels={{
                zone: t('import.picker.zone'),
                chooseFolder: t('import.picker.folder'),
                chooseFiles: t('import.picker.files'),
                dropHint: t('import.picker.drop'),
                reading: t('import.picker.reading'),
              }}
              onError={(error) => setError(errorMessage(error))}
            />
          </div>
          <KeptDamagedOriginals />
        </Match>
        <Match when={running()}>
          {(running) => (
            <section class="card" aria-labelledby="import-running">
              <h2 id="import-running">{t('import.running')}</h2>
              <JobProgressView
                label={t('import.progress.label')}
                progress={running().progress}
                startedAt={running().startedAt}
                showTimeLeft
                statsTestId="import-progress"
                cancelling={job.cancelling()}
                cancellingText={t('import.cancelling')}
                onCancel={job.cancel}
              />
            </section>
          )}
        </Match>
        <Match when={job.state().kind === 'done' && (job.state() as { result: ImportSummary }).result}>
          {(summary) => <ImportSummaryView summary={summary()} onAgain={() => job.reset()} />}
        </Match>
      </Switch>
    </section>
  );
}
