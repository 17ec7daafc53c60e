import { createEffect, createSignal, onCleanup, Show } from 'solid-js';
import { formatBytes } from '../format';
import { t } from '../i18n/catalog';
import { formatDuration, megabytesPerSecond, secondsLeft } from './progressRate';

/** How far a job has got. The import, export and verify progress reports fit as they are. */
export interface JobAmounts {
  /** Items done and in all: files, or records when the view counts records. */
  readonly filesDone: number;
  readonly filesTotal: number;
  /** Bytes done and in all, when the job knows them: the bar then follows bytes rather than items. */
  readonly bytesDone?: number;
  readonly bytesTotal?: number;
  /** The item being worked on, shown under the numbers when there is one. */
  readonly path?: string;
}

export interface JobProgressViewProps {
  /** The bar's accessible name. */
  readonly label: string;
  /** Undefined until the job first reports; `preparing` is shown instead of the bar until then. */
  readonly progress: JobAmounts | undefined;
  readonly preparing?: string;
  /** What the count counts (files unless told); `countText` replaces the count line altogether. */
  readonly unit?: 'files' | 'records';
  readonly countText?: string | undefined;
  /** Show bytes done of total. */
  readonly showBytes?: boolean;
  /** performance.now() when the job started: shows MB/s, recomputed every half second. */
  readonly startedAt?: number;
  /** With startedAt: also show the time left at the average rate so far. */
  readonly showTimeLeft?: boolean;
  readonly statsTestId?: string;
  readonly countTestId?: string;
  /** Without it there is no Cancel button. */
  readonly onCancel?: () => void;
  readonly cancelling?: boolean;
  /** Shown in place of the Cancel button once cancelling: what happens now. */
  readonly cancellingText?: string;
}

/** A running job's bar, its numbers (count, bytes, MB/s, time left), the current item and Cancel. */
export function JobProgressView(props: JobProgressViewProps) {
  const [tick, setTick] = createSignal(0);
  createEffect(() => {
    if (props.startedAt === undefined) return;
    const timer = setInterval(() => setTick((n) => n + 1), 500);
    onCleanup(() => clearInterval(timer));
  });
  const elapsedSeconds = () => {
    // Read the clock on every tick as well as on every report, so the rate and time left stay current.
    tick();
    return props.startedAt === undefined ? 0 : (performance.now() - props.startedAt) / 1000;
  };
  const bar = (q: JobAmounts) =>
    q.bytesTotal === undefined
      ? { value: q.filesDone, max: q.filesTotal }
      : { value: q.bytesDone ?? 0, max: q.bytesTotal };
  const left = (q: JobAmounts) => {
    const seconds = secondsLeft(q.bytesDone ?? 0, q.bytesTotal ?? 0, elapsedSeconds());
    // "about 0 s left" says nothing: the view is about to give way to the result.
    return seconds !== undefined && seconds >= 0.5 ? seconds : undefined;
  };

  return (
    <div class="job-progress-view">
      <Show
        when={props.progress}
        fallback={
          <Show when={props.preparing}>
            <p class="muted">{props.preparing}</p>
          </Show>
        }
      >
        {(q) => (
          <>
            <progress
              class="job-progress"
              max={bar(q()).max || 1}
              value={bar(q()).value}
              aria-label={props.label}
            />
            <p class="job-stats" role="status" data-testid={props.statsTestId}>
              <span data-testid={props.countTestId}>
                {props.countText ??
                  t(props.unit === 'records' ? 'job.records' : 'job.files', {
                    done: q().filesDone,
                    total: q().filesTotal,
                  })}
              </span>
              <Show when={props.showBytes}>
                <span>
                  {t('job.bytes', {
                    done: formatBytes(q().bytesDone ?? 0),
                    total: formatBytes(q().bytesTotal ?? 0),
                  })}
                </span>
              </Show>
              <Show when={props.startedAt !== undefined}>
                <span>
                  {t('job.rate', {
                    rate: megabytesPerSecond(q().bytesDone ?? 0, elapsedSeconds()).toFixed(1),
                  })}
                </span>
                <Show when={props.showTimeLeft && left(q())}>
                  {(seconds) => <span>{t('job.left', { time: formatDuration(seconds()) })}</span>}
                </Show>
              </Show>
            </p>
            <Show when={q().path}>
              <p class="paths muted">{q().path}</p>
            </Show>
          </>
        )}
      </Show>
      <Show when={props.onCancel}>
        <Show when={!props.cancelling} fallback={<p class="muted">{props.cancellingText}</p>}>
          <button type="button" class="button" onClick={() => props.onCancel?.()}>
            {t('job.cancel')}
          </button>
        </Show>
      </Show>
    </div>
  );
}
