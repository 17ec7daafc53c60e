import { t } from '../../ui/i18n/catalog';
import { JobProgressView } from '../../ui/progress/JobProgressView';
import type { JobState } from './jobControl';

/** A running stewardship job's bar, count and Cancel: records, files, or the percent of a backup read. */
export function JobProgress(props: { job: JobState; label: string; unit: 'records' | 'files' | 'percent' }) {
  return (
    <div class="stewardship-progress">
      <JobProgressView
        label={props.label}
        progress={{ filesDone: props.job.done(), filesTotal: props.job.total() }}
        unit={props.unit === 'records' ? 'records' : 'files'}
        countText={
          props.unit === 'percent'
            ? t('stewardship.progress.percent', {
                percent: props.job.total() ? Math.floor((props.job.done() / props.job.total()) * 100) : 0,
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
