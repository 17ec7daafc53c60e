import { createResource, createSignal, For, Show } from 'solid-js';
import type { BackupRun } from '../../domain/backup';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { formatBytes } from '../../ui/format';
import { t } from '../../ui/i18n/catalog';
import { countingControl, createJob, resultOf, type Count } from '../../ui/jobs';
import { readBackupStatus } from './backupHistory';
import { backupToFile } from './backupToFile';
import { backupToFolder } from './backupToFolder';
import { writableDirectoryPicker } from './fileSystem';
import { JobProgress } from './JobProgress';
import './backup.css';

function formatDate(iso: string): string {
  return new Date(iso).toLocaleString();
}

/** Encrypted backups: to one file or, incrementally, to a folder; the history and a 3-2-1 reminder. */
export function BackupSection() {
  const [status, { refetch }] = createResource(() => readBackupStatus());
  const job = createJob<Count, BackupRun | null>();
  const [result, setResult] = createSignal<BackupRun | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const canFolder = writableDirectoryPicker() !== undefined;

  const start = async (to: 'file' | 'folder') => {
    setError(null);
    setResult(null);
    try {
      const run = resultOf(
        await job.start((control) =>
          to === 'file' ? backupToFile(countingControl(control)) : backupToFolder(countingControl(control)),
        ),
      );
      if (run) setResult(run);
      await refetch();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section class="card" aria-labelledby="backup-title" data-testid="backup-section">
      <h2 id="backup-title">{t('stewardship.backup.title')}</h2>
      <p>{t('stewardship.backup.intro')}</p>
      <Show when={status()}>
        {(s) => (
          <>
            <Show when={s().last} fallback={<Alert tone="warning">{t('stewardship.backup.never')}</Alert>}>
              {(last) => (
                <p data-testid="backup-last">
                  {t('stewardship.backup.last', {
                    date: formatDate(last().at),
                    where: last().where,
                    count: s().count,
                  })}
                </p>
              )}
            </Show>
            <Show when={s().reminders.includes('stale')}>
              <Alert tone="warning">{t('stewardship.backup.stale')}</Alert>
            </Show>
            <Show when={s().places.length > 0}>
              <details class="explainer">
                <summary>{t('stewardship.backup.places', { n: s().places.length })}</summary>
                <ul class="summary-list paths">
                  <For each={s().places}>
                    {(p) => <li>{p.replace(/^(file|folder):/, (_, k: string) => `${k}: `)}</li>}
                  </For>
                </ul>
              </details>
            </Show>
            <Alert tone={s().reminders.includes('one-place') ? 'warning' : 'info'}>
              {t('stewardship.backup.rule321')}
            </Alert>
          </>
        )}
      </Show>
      <Show
        when={!job.running()}
        fallback={<JobProgress job={job} label={t('stewardship.backup.progress')} unit="records" />}
      >
        <div class="button-row">
          <button type="button" class="button primary" onClick={() => void start('file')}>
            {t('stewardship.backup.toFile')}
          </button>
          <button type="button" class="button" onClick={() => void start('folder')} disabled={!canFolder}>
            {t('stewardship.backup.toFolder')}
          </button>
        </div>
        <Show when={!canFolder}>
          <p class="muted">{t('stewardship.backup.noFolder')}</p>
        </Show>
      </Show>
      <Show when={result()}>
        {(run) => (
          <Alert tone="success">
            <span data-testid="backup-result">
              {run().kind === 'file'
                ? t('stewardship.backup.doneFile', {
                    records: run().records,
                    size: formatBytes(run().bytes),
                    where: run().where,
                  })
                : t('stewardship.backup.doneFolder', {
                    written: run().written,
                    records: run().records,
                    where: run().where,
                  })}
            </span>
          </Alert>
        )}
      </Show>
      <Show when={error()}>
        <Alert tone="error">{error()}</Alert>
      </Show>
    </section>
  );
}
