import { Show } from 'solid-js';
import { t } from '../../ui/i18n/catalog';
import type { JobState } from './jobControl';

/** A running job's bar, count and cancel button. */
export function JobProgress(props: {
  job: JobState;
  label: string;
  unit: 'records' | 'files' | 'bytes';
  cancellable?: boolean;
}) {
  const text = () =>
    props.unit === 'bytes'
      ? t('stewardship.progress.percent', {
          percent: props.job.total() ? Math.floor((props.job.done() / props.job.total()) * 100) : 0,
        })
      : t(`stewardship.progress.${props.unit}`, { done: props.job.done(), total: props.job.total() });
  return (
    <div class="stewardship-progress">
      <progress
        class="job-progress"
        max={props.job.total() || 1}
        value={props.job.done()}
        aria-label={props.label}
      />
      <p class="job-stats" role="status">
        {text()}
      </p>
      <Show when={props.cancellable !== false}>
        <Show when={!props.job.cancelling()} fallback={<p class="muted">{t('stewardship.cancelling')}</p>}>
          <button type="button" class="button" onClick={() => props.job.cancel()}>
            {t('stewardship.cancel')}
          </button>
        </Show>
      </Show>
    </div>
  );
}
