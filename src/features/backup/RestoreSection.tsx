import { createResource, createSignal, Show } from 'solid-js';
import { t } from '../../ui/i18n/catalog';
import { resummariseStudies } from '../../catalog';
import { nameProblems } from './nameProblems';
import type { RestoreReport } from './restoreBackup';
import { lastRestore, recordRestore } from './restoreHistory';
import { RestorePanel } from './RestorePanel';
import { RestoreReportView, type ReportFacts } from './RestoreReportView';

/** Restoring a backup of this vault into it: only what the vault lacks is added. */
export function RestoreSection() {
  const [last, { refetch }] = createResource(async () => {
    const run = await lastRestore();
    return run ? { ...run, problems: await nameProblems(run.problems) } : null;
  });
  const [report, setReport] = createSignal<ReportFacts | null>(null);

  const done = async (r: RestoreReport) => {
    await resummariseStudies(r.addedInstanceSeries);
    await recordRestore(r, 'merge');
    setReport({ ...r, problems: await nameProblems(r.problems) });
    await refetch();
  };

  return (
    <section class="card" aria-labelledby="restore-title" data-testid="restore-section">
      <h2 id="restore-title">{t('stewardship.restore.title')}</h2>
      <p>{t('stewardship.restore.intro')}</p>
      <RestorePanel mode="merge" onDone={done} />
      <Show when={report()}>{(r) => <RestoreReportView report={r()} />}</Show>
      <Show when={!report() && last()}>
        {(run) => (
          <details class="explainer">
            <summary>{t('stewardship.restore.last', { date: new Date(run().at).toLocaleString() })}</summary>
            <RestoreReportView report={run()} />
          </details>
        )}
      </Show>
    </section>
  );
}
