import { createSignal, onCleanup, Show } from 'solid-js';
import { formatBytes } from '../../ui/format';
import { t } from '../../ui/i18n/catalog';
import { formatDuration, megabytesPerSecond, secondsLeft } from './progressRate';
import type { VerifyProgress } from './verifyPackage';

export interface ProgressPanelProps {
  readonly name: string;
  readonly progress: VerifyProgress | undefined;
  readonly startedAt: number;
  readonly onCancel: () => void;
}

/** Files done of total, bytes, MB/s and time left, with a Cancel button. */
export function ProgressPanel(props: ProgressPanelProps) {
  const [now, setNow] = createSignal(performance.now());
  const timer = setInterval(() => setNow(performance.now()), 500);
  onCleanup(() => clearInterval(timer));
  const elapsed = () => (now() - props.startedAt) / 1000;
  const p = () => props.progress;
  const fraction = () => {
    const q = p();
    return q && q.bytesTotal > 0 ? q.bytesDone / q.bytesTotal : 0;
  };
  const left = () => {
    const q = p();
    return q ? secondsLeft(q.bytesDone, q.bytesTotal, elapsed()) : undefined;
  };
  return (
    <section class="card verify-progress" aria-labelledby="verify-progress-heading">
      <h2 id="verify-progress-heading">{t('verify.progress.heading', { name: props.name })}</h2>
      <Show when={p()} fallback={<p class="muted">{t('verify.progress.preparing')}</p>}>
        {(q) => (
          <>
            <progress
              class="verify-progress-bar"
              aria-label={t('verify.progress.label')}
              max={1000}
              value={Math.round(fraction() * 1000)}
            />
            <p class="verify-progress-stats" aria-live="polite">
              <span data-testid="progress-files">
                {t('verify.progress.files', { done: q().filesDone, total: q().filesTotal })}
              </span>
              <span>
                {t('verify.progress.bytes', {
                  done: formatBytes(q().bytesDone),
                  total: formatBytes(q().bytesTotal),
                })}
              </span>
              <span>
                {t('verify.progress.speed', {
                  rate: megabytesPerSecond(q().bytesDone, elapsed()).toFixed(1),
                })}
              </span>
              <Show when={left() !== undefined}>
                <span>{t('verify.progress.left', { time: formatDuration(left() ?? 0) })}</span>
              </Show>
            </p>
          </>
        )}
      </Show>
      <div class="button-row">
        <button type="button" class="button" onClick={() => props.onCancel()}>
          {t('verify.cancel')}
        </button>
      </div>
    </section>
  );
}
