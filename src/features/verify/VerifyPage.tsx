import { createSignal, Match, onCleanup, Show, Switch } from 'solid-js';
import { useAppServices } from '../../services';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { FileSourcePicker, type PickedFile } from '../../ui/files';
import { t } from '../../ui/i18n/catalog';
import { throttleLatest } from '../../ui/throttleLatest';
import { PageHeader } from '../../ui/PageHeader';
import { createJob } from '../../ui/jobs';
import { JobProgressView } from '../../ui/progress/JobProgressView';
import { fileSetFromPicked } from './fileSet';
import { FingerprintForm } from './FingerprintForm';
import { ResultView } from './ResultView';
import { VaultActions } from './VaultActions';
import { verifyFingerprint } from './verifyFingerprint';
import { verifyPackage, type VerifyOutcome, type VerifyProgress } from './verifyPackage';
import './verify.css';

interface Notice {
  readonly tone: 'error' | 'info';
  readonly text: string;
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * Verify a received package, with or without a vault: a folder, a ZIP, files with their checksum list,
 * or one file against a fingerprint. Hashing runs in the verify workers; this page only shows.
 */
export function VerifyPage() {
  const { verifyPool } = useAppServices();
  // Verifying needs no vault (a specialist may have none), so it does not hold one awake.
  const job = createJob<VerifyProgress, VerifyOutcome>({ keepAwake: false });
  const [name, setName] = createSignal('');
  const [notice, setNotice] = createSignal<Notice | undefined>();
  onCleanup(job.cancel);

  const run = async (
    what: string,
    work: (signal: AbortSignal, onProgress: (p: VerifyProgress) => void) => Promise<VerifyOutcome>,
  ) => {
    setName(what);
    setNotice(undefined);
    const end = await job.start(async (control) => {
      const setProgress = throttleLatest(control.progress);
      return work(control.signal, setProgress).finally(setProgress.cancel);
    });
    // A run replaced by a newer one says nothing: the newer one speaks.
    if (end.kind !== 'done' && job.state() === end) {
      setNotice(
        isAbort(end.error)
          ? { tone: 'info', text: t('verify.cancelled') }
          : { tone: 'error', text: t('verify.failed', { reason: errorMessage(end.error) }) },
      );
    }
    queueMicrotask(() => document.getElementById('verify-status')?.focus({ preventScroll: false }));
  };

  let lastPicked: PickedFile[] | null = null;

  const onFiles = (picked: PickedFile[]) => {
    lastPicked = picked;
    const name = picked.length === 1 ? (picked[0]?.file.name ?? '') : (picked[0]?.path.split('/')[0] ?? '');
    void run(name, async (signal, onProgress) =>
      verifyPackage(await fileSetFromPicked(picked), verifyPool(), onProgress, signal),
    );
  };

  const onFingerprint = (file: File, pasted: string) => {
    lastPicked = null;
    void run(file.name, (signal, onProgress) =>
      verifyFingerprint(file, pasted, verifyPool(), onProgress, signal),
    );
  };

  return (
    <section class="page verify-page" aria-labelledby="page-title">
      <PageHeader title={t('verify.title')} summary={t('verify.summary')} />
      <div id="verify-status" tabIndex={-1} class="verify-status">
        <Switch>
          <Match when={!job.running() && job.state().kind !== 'done'}>
            <Show when={notice()}>{(n) => <Alert tone={n().tone}>{n().text}</Alert>}</Show>
            <section class="card" aria-labelledby="verify-package-heading">
              <h2 id="verify-package-heading">{t('verify.package.heading')}</h2>
              <p class="muted verify-intro">{t('verify.package.intro')}</p>
              <FileSourcePicker
                onFiles={onFiles}
                onError={(error) => {
                  setNotice({ tone: 'error', text: t('verify.failed', { reason: errorMessage(error) }) });
                }}
                labels={{
                  zone: t('verify.picker.zone'),
                  chooseFolder: t('verify.picker.folder'),
                  chooseFiles: t('verify.picker.files'),
                  dropHint: t('verify.picker.drop'),
                  reading: t('verify.picker.reading'),
                }}
              />
            </section>
            <section class="card" aria-labelledby="verify-single-heading">
              <h2 id="verify-single-heading">{t('verify.single.heading')}</h2>
              <p class="muted verify-intro">{t('verify.single.intro')}</p>
              <FingerprintForm onVerify={onFingerprint} />
            </section>
          </Match>
          <Match when={job.state().kind === 'running' && (job.state() as { startedAt: number })}>
            {(running) => (
              <section class="card" aria-labelledby="verify-progress-heading">
                <h2 id="verify-progress-heading">{t('verify.progress.heading', { name: name() })}</h2>
                <JobProgressView
                  label={t('verify.progress.label')}
                  progress={job.progress()}
                  preparing={t('verify.progress.preparing')}
                  showBytes
                  startedAt={running().startedAt}
                  showTimeLeft
                  countTestId="progress-files"
                  onCancel={job.cancel}
                />
              </section>
            )}
          </Match>
          <Match when={job.state().kind === 'done' && (job.state() as { result: VerifyOutcome })}>
            {(done) => (
              <>
                <ResultView outcome={done().result} onAgain={() => job.reset()} />
                <VaultActions outcome={done().result} picked={lastPicked} />
              </>
            )}
          </Match>
        </Switch>
      </div>
    </section>
  );
}
