import { createResource, createSignal, For, Show } from 'solid-js';
import { readStudies, studyLabel } from '../../catalog';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { formatBytes } from '../../ui/format';
import { t } from '../../ui/i18n/catalog';
import { countingControl, createJob, resultOf, type Count } from '../../ui/jobs';
import { writableDirectoryPicker } from './fileSystem';
import { JobProgress } from './JobProgress';
import { ProblemList } from '../../ui/ProblemList';
import { writeOpenCopy, type OpenCopyResult } from './openCopy';
import { openCopyFolder, openCopyZip } from './openCopyTarget';

/** An unencrypted copy in a plain folder layout, for the second medium of a 3-2-1 plan. */
export function OpenCopySection() {
  const [studies] = createResource(async () =>
    // Damaged study rows are named by the library (and by the copy's own failures); the rest can be chosen.
    (await readStudies()).items.sort((a, b) =>
      (a.value.info.date ?? '') < (b.value.info.date ?? '') ? 1 : -1,
    ),
  );
  const [all, setAll] = createSignal(true);
  const [chosen, setChosen] = createSignal<ReadonlySet<string>>(new Set());
  const [understood, setUnderstood] = createSignal(false);
  const job = createJob<Count, OpenCopyResult | null>();
  const [result, setResult] = createSignal<OpenCopyResult | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const canFolder = writableDirectoryPicker() !== undefined;

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen());
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  const start = async () => {
    setError(null);
    setResult(null);
    try {
      // The folder picker must open in the click itself; a browser without one gets the ZIP download.
      const target = canFolder ? await openCopyFolder() : openCopyZip();
      if (!target) return;
      const r = resultOf(
        await job.start((control) =>
          writeOpenCopy(all() ? null : chosen(), countingControl(control), target),
        ),
      );
      if (r) setResult(r);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section class="card" aria-labelledby="open-copy-title" data-testid="open-copy-section">
      <h2 id="open-copy-title">{t('stewardship.openCopy.title')}</h2>
      <p>{t('stewardship.openCopy.intro')}</p>
      <p class="paths">{t('stewardship.openCopy.layout')}</p>
      <Alert tone="warning">{t('stewardship.openCopy.warning')}</Alert>
      <fieldset class="open-copy-choice">
        <legend>{t('stewardship.openCopy.which')}</legend>
        <label class="check">
          <input type="radio" name="open-copy-which" checked={all()} onChange={() => setAll(true)} />
          {t('stewardship.openCopy.all', { n: studies()?.length ?? 0 })}
        </label>
        <label class="check">
          <input type="radio" name="open-copy-which" checked={!all()} onChange={() => setAll(false)} />
          {t('stewardship.openCopy.some')}
        </label>
        <Show when={!all()}>
          <ul class="study-choices">
            <For each={studies()}>
              {(s) => (
                <li>
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={chosen().has(s.id)}
                      onChange={(e) => toggle(s.id, e.currentTarget.checked)}
                    />
                    {studyLabel(s.value)} <span class="muted">({formatBytes(s.value.byteSize)})</span>
                  </label>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </fieldset>
      <label class="check">
        <input
          type="checkbox"
          checked={understood()}
          onChange={(e) => setUnderstood(e.currentTarget.checked)}
        />
        {t('stewardship.openCopy.understood')}
      </label>
      <Show
        when={!job.running()}
        fallback={<JobProgress job={job} label={t('stewardship.openCopy.progress')} unit="files" />}
      >
        <div class="button-row">
          <button
            type="button"
            class="button primary"
            disabled={!understood() || (!all() && chosen().size === 0)}
            onClick={() => void start()}
          >
            {canFolder ? t('stewardship.openCopy.start') : t('stewardship.openCopy.startZip')}
          </button>
        </div>
        <Show when={!canFolder}>
          <p class="muted">{t('stewardship.openCopy.noFolder')}</p>
        </Show>
      </Show>
      <Show when={result()}>
        {(r) => (
          <>
            <Alert tone={r().failures.length || r().cancelled ? 'warning' : 'success'}>
              <span data-testid="open-copy-result">
                {t(r().cancelled ? 'stewardship.openCopy.cancelled' : 'stewardship.openCopy.done', {
                  files: r().files,
                  studies: r().studies,
                  size: formatBytes(r().bytes),
                  folder: r().folder,
                })}
              </span>
            </Alert>
            <Show when={r().failures.length > 0}>
              <ProblemList items={r().failures.map((f) => ({ what: f.file, reason: f.reason }))} />
            </Show>
          </>
        )}
      </Show>
      <Show when={error()}>
        <Alert tone="error">{error()}</Alert>
      </Show>
    </section>
  );
}
