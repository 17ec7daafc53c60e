import { Show } from 'solid-js';
import type { PackageProgress } from '../../protocol/packageApi';
import { formatBytes } from '../../ui/format';
import { t } from '../../ui/i18n/catalog';

/** Files and bytes written, MB/s, and a cancel that removes what was written. */
export function ExportProgressView(props: {
  progress: PackageProgress;
  elapsedMs: number;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const rate = () => (props.elapsedMs > 0 ? props.progress.bytesDone / 1e6 / (props.elapsedMs / 1000) : 0);
  return (
    <div class="export-progress" aria-labelledby="export-running">
      <h3 id="export-running">{t('packages.progress.heading')}</h3>
      <progress
        class="job-progress"
        max={props.progress.bytesTotal || 1}
        value={props.progress.bytesDone}
        aria-label={t('packages.progress.label')}
      />
      <p class="job-stats" role="status" data-testid="export-progress">
        <span>
          {t('packages.progress.files', { done: props.progress.filesDone, total: props.progress.filesTotal })}
        </span>
        <span>
          {t('packages.progress.bytes', {
            done: formatBytes(props.progress.bytesDone),
            total: formatBytes(props.progress.bytesTotal),
          })}
        </span>
        <span>{t('packages.progress.rate', { rate: rate().toFixed(1) })}</span>
      </p>
      <Show when={props.progress.path}>
        <p class="paths muted">{props.progress.path}</p>
      </Show>
      <Show when={!props.cancelling} fallback={<p class="muted">{t('packages.progress.cancelling')}</p>}>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          {t('packages.progress.cancel')}
        </button>
      </Show>
    </div>
  );
}
