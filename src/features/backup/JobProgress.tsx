import { t } from '../../ui/i18n/catalog';
import { JobProgressView } from '../../ui/progress/JobProgressView';
import type { Count, Job } from '../../ui/jobs';

/** A running stewardship job's bar, count and Cancel: records, files, or the percent of a backup read. */
export function JobProgress(props: {
  job: Pick<Job<Count, unknown>, 'progress' | 'cancelling' | 'cancel'>;
  label: string;
  unit: 'records' | 'files' | 'percent';
}) {
  const done = () => props.job.progress()?.done ?? 0;
  const total = () => props.job.progress()?.total ?? 0;
  return (
    <div class="stewardship-progress">
      <JobProgressView
        label={props.label}
        progress={{ filesDone: done(), filesTotal: total() }}
        unit={props.unit === 'records' ? 'records' : 'files'}
        countText={
          props.unit === 'percent'
            ? t('stewardship.progress.percent', {
                percent: total() ? Math.floor((done() / total()) * 100) : 0,
              })
            : undefined
        }
        cancelling={props.job.cancelling()}
        cancellingText={t('stewardship.cancelling')}
        onCancel={() => props.job.cancel()}
      />
    </div>
  );
}
