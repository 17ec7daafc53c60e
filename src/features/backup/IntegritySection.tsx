import { createResource, createSignal, Show } from 'solid-js';
import { fixityDue } from '../../domain/backup';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { formatBytes } from '../../ui/format';
import { t } from '../../ui/i18n/catalog';
import { countingControl, createJob, resultOf, type Count } from '../../ui/jobs';
import { lastCompleteFixityAt, lastFixityResult, runFixityCheck, type FixityResult } from './fixityCheck';
import { JobProgress } from './JobProgress';
import { ProblemList } from '../../ui/ProblemList';

/** The fixity check: every stored original re-hashed and re-opened, with a yearly reminder. */
export function IntegritySection() {
  const [last, { refetch }] = createResource(async () => ({
    result: await lastFixityResult(),
    completeAt: await lastCompleteFixityAt(),
  }));
  const job = createJob<Count, FixityResult>();
  const [error, setError] = createSignal<string | null>(null);

  const start = async () => {
    setError(null);
    try {
      resultOf(await job.start((control) => runFixityCheck(countingControl(control))));
      await refetch();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const summary = (r: FixityResult) =>
    t(r.cancelled ? 'stewardship.fixity.resultCancelled' : 'stewardship.fixity.result', {
      date: new Date(r.at).toLocaleString(),
      checked: r.checked,
      total: r.total,
      size: formatBytes(r.bytes),
      failures: r.failures.length,
    });

  return (
    <section class="card" aria-labelledby="fixity-title" data-testid="fixity-section">
      <h2 id="fixity-title">{t('stewardship.fixity.title')}</h2>
      <p>{t('stewardship.fixity.intro')}</p>
      <Show when={last()}>
        {(l) => (
          <>
            <Show when={fixityDue(l().completeAt, new Date())}>
              <Alert tone="warning">
                {l().completeAt ? t('stewardship.fixity.overdue') : t('stewardship.fixity.never')}
              </Alert>
            </Show>
            <Show when={!job.running() && l().result}>
              {(r) => (
                <div data-testid="fixity-result">
                  <Alert tone={r().failures.length ? 'error' : r().cancelled ? 'warning' : 'success'}>
                    {summary(r())}
                  </Alert>
                  <Show when={r().failures.length > 0}>
                    <ProblemList
                      testId="fixity-failures"
                      items={r().failures.map((f) => ({
                        what: `${f.file} — ${f.study}, ${f.patient}`,
                        reason: f.reason,
                      }))}
                    />
                  </Show>
                </div>
              )}
            </Show>
          </>
        )}
      </Show>
      <Show
        when={!job.running()}
        fallback={<JobProgress job={job} label={t('stewardship.fixity.progress')} unit="files" />}
      >
        <div class="button-row">
          <button type="button" class="button primary" onClick={() => void start()}>
            {t('stewardship.fixity.start')}
          </button>
        </div>
      </Show>
      <Show when={error()}>
        <Alert tone="error">{error()}</Alert>
      </Show>
    </section>
  );
}
