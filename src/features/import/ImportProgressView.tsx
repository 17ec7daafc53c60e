import { Show } from 'solid-js';
import { t } from '../../ui/i18n/catalog';
import type { ImportProgress } from './importJob';

function formatDuration(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 90) return `${s} s`;
  const m = Math.round(s / 60);
  return m < 90 ? `${m} min` : `${Math.round(m / 60)} h`;
}

export function ImportProgressView(props: {
  progress: ImportProgress;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const rate = () =>
    props.progress.elapsedMs > 0 ? props.progress.bytesDone / 1e6 / (props.progress.elapsedMs / 1000) : 0;
  const left = () => {
    const p = props.progress;
    if (p.bytesDone === 0 || p.elapsedMs < 500) return null;
    return ((p.bytesTotal - p.bytesDone) / p.bytesDone) * p.elapsedMs;
  };
  return (
    <section class="card" aria-labelledby="import-running">
      <h2 id="import-running">{t('import.running')}</h2>
      <progress
        class="job-progress"
        max={props.progress.bytesTotal || 1}
        value={props.progress.bytesDone}
        aria-label={t('import.progress.label')}
      />
      <p class="job-stats" role="status" data-testid="import-progress">
        <span>
          {t('import.progress.files', { done: props.progress.filesDone, total: props.progress.filesTotal })}
        </span>
        <span>{t('import.progress.rate', { rate: rate().toFixed(1) })}</span>
        <Show when={left()}>
          {(ms) => <span>{t('import.progress.left', { time: formatDuration(ms()) })}</span>}
        </Show>
      </p>
      <Show when={!props.cancelling} fallback={<p class="muted">{t('import.cancelling')}</p>}>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          {t('import.cancel')}
        </button>
      </Show>
    </section>
  );
}
