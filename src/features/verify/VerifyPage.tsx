import { createSignal, Match, onCleanup, Show, Switch } from 'solid-js';
import { verifyPool } from '../../app/verifyWorkers';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../ui/errorMessage';
import { FileSourcePicker, type PickedFile } from '../../ui/files';
import { t } from '../../ui/i18n/catalog';
import { throttleLatest } from '../../ui/throttleLatest';
import { PageHeader } from '../../ui/PageHeader';
import { JobProgressView } from '../../ui/progress/JobProgressView';
import { fileSetFromPicked } from './fileSet';
import { FingerprintForm } from './FingerprintForm';
import { ResultView } from './ResultView';
import { VaultActions } from './VaultActions';
import { verifyFingerprint } from './verifyFingerprint';
import { verifyPackage, type VerifyOutcome, type VerifyProgress } from './verifyPackage';
import './verify.css';

type Phase =
  | { readonly kind: 'choose'; readonly notice?: { tone: 'error' | 'info'; text: string } }
  | { readonly kind: 'running'; readonly name: string; readonly startedAt: number }
  | { readonly kind: 'done'; readonly outcome: VerifyOutcome };

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * Verify a received package, with or without a vault: a folder, a ZIP, files with their checksum list,
 * or one file against a fingerprint. Hashing runs in the verify workers; this page only shows.
 */
export function VerifyPage() {
  const [phase, setPhase] = createSignal<Phase>({ kind: 'choose' });
  const [progress, showProgress] = createSignal<VerifyProgress | undefined>();
  const setProgress = throttleLatest((p: VerifyProgress) => showProgress(p));
  let controller: AbortController | undefined;
  onCleanup(() => controller?.abort());

  const run = async (name: string, work: (signal: AbortSignal) => Promise<VerifyOutcome>) => {
    controller?.abort();
    const own = new AbortController();
    controller = own;
    setProgress.cancel();
    showProgress(undefined);
    setPhase({ kind: 'running', name, startedAt: performance.now() });
    try {
      const outcome = await work(own.signal).finally(setProgress.cancel);
      if (!own.signal.aborted) setPhase({ kind: 'done', outcome });
    } catch (error) {
      setPhase({
        kind: 'choose',
        notice: isAbort(error)
          ? { tone: 'info', text: t('verify.cancelled') }
          : { tone: 'error', text: t('verify.failed', { reason: errorMessage(error) }) },
      });
    } finally {
      if (controller === own) controller = undefined;
      queueMicrotask(() => document.getElementById('verify-status')?.focus({ preventScroll: false }));
    }
  };

  let lastPicked: PickedFile[] | null = null;

  const onFiles = (picked: PickedFile[]) => {
    lastPicked = picked;
    const name = picked.length === 1 ? (picked[0]?.file.name ?? '') : (picked[0]?.path.split('/')[0] ?? '');
    void run(name, async (signal) =>
      verifyPackage(await fileSetFromPicked(picked), verifyPool(), setProgress, signal),
    );
  };

  const onFingerprint = (file: File, pasted: string) => {
    lastPicked = null;
    void run(file.name, (signal) => verifyFingerprint(file, pasted, verifyPool(), setProgress, signal));
  };

  return (
    <section class="page verify-page" aria-labelledby="page-title">
      <PageHeader title={t('verify.title')} summary={t('verify.summary')} />
      <div id="verify-status" tabIndex={-1} class="verify-status">
        <Switch>
          <Match when={phase().kind === 'choose' && (phase() as Extract<Phase, { kind: 'choose' }>)}>
            {(choose) => (
              <>
                <Show when={choose().notice}>{(n) => <Alert tone={n().tone}>{n().text}</Alert>}</Show>
                <section class="card" aria-labelledby="verify-package-heading">
                  <h2 id="verify-package-heading">{t('verify.package.heading')}</h2>
                  <p class="muted verify-intro">{t('verify.package.intro')}</p>
                  <FileSourcePicker
                    onFiles={onFiles}
                    onError={(error) =>
                      setPhase({
                        kind: 'choose',
                        notice: { tone: 'error', text: t('verify.failed', { reason: errorMessage(error) }) },
                      })
                    }
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
              </>
            )}
          </Match>
          <Match when={phase().kind === 'running' && (phase() as Extract<Phase, { kind: 'running' }>)}>
            {(running) => (
              <section class="card" aria-labelledby="verify-progress-heading">
                <h2 id="verify-progress-heading">{t('verify.progress.heading', { name: running().name })}</h2>
                <JobProgressView
                  label={t('verify.progress.label')}
                  progress={progress()}
                  preparing={t('verify.progress.preparing')}
                  showBytes
                  startedAt={running().startedAt}
                  showTimeLeft
                  countTestId="progress-files"
                  onCancel={() => controller?.abort()}
                />
              </section>
            )}
          </Match>
          <Match when={phase().kind === 'done' && (phase() as Extract<Phase, { kind: 'done' }>)}>
            {(done) => (
              <>
                <ResultView outcome={done().outcome} onAgain={() => setPhase({ kind: 'choose' })} />
                <VaultActions outcome={done().outcome} picked={lastPicked} />
              </>
            )}
          </Match>
        </Switch>
      </div>
    </section>
  );
}
