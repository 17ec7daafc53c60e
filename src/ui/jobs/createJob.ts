import { createSignal, type Accessor } from 'solid-js';
import { holdAwake } from './keepAwake';

/**
 * Where a job is. `cancelled` is a job that threw after it was asked to stop; one that notices the
 * cancel and returns what it managed is `done` with that result.
 */
export type JobState<P, R> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: P | undefined; readonly startedAt: number }
  | { readonly kind: 'done'; readonly result: R }
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'cancelled'; readonly error: unknown };

export type JobEnd<P, R> = Exclude<JobState<P, R>, { kind: 'idle' } | { kind: 'running' }>;

/** What the job's code is handed: a signal that aborts on cancel, and a way to report progress. */
export interface JobControl<P> {
  readonly signal: AbortSignal;
  /** True once the job was asked to stop (the signal's `aborted`, for loops that poll). */
  stopped(): boolean;
  progress(progress: P): void;
  /**
   * The real work starts now, after any preparation: restarts the clock the rate is measured from
   * and shows the first progress.
   */
  begin(progress: P): void;
}

export interface JobOptions {
  /** Hold the vault awake (the auto-lock waits) while the job runs. On unless the job needs no vault. */
  readonly keepAwake?: boolean;
}

export interface Job<P, R> {
  readonly state: Accessor<JobState<P, R>>;
  readonly running: Accessor<boolean>;
  readonly cancelling: Accessor<boolean>;
  /** The last progress reported while running, else undefined. */
  readonly progress: Accessor<P | undefined>;
  /**
   * Runs the work and resolves with how it ended (never rejects). Starting while another run is going
   * cancels that one; whatever it does afterwards is ignored.
   */
  start(work: (control: JobControl<P>) => Promise<R>): Promise<JobEnd<P, R>>;
  cancel(): void;
  /** Back to idle, e.g. for "import more"; a running job is left alone. */
  reset(): void;
}

/** One long job's state for a screen: progress, cancel (an AbortSignal), keep-awake, how it ended. */
export function createJob<P, R>(options: JobOptions = {}): Job<P, R> {
  const [state, setState] = createSignal<JobState<P, R>>({ kind: 'idle' });
  const [cancelling, setCancelling] = createSignal(false);
  let current: AbortController | null = null;

  const running = () => state().kind === 'running';
  return {
    state,
    running,
    cancelling,
    progress: () => {
      const s = state();
      return s.kind === 'running' ? s.progress : undefined;
    },
    cancel() {
      if (!current || current.signal.aborted) return;
      setCancelling(true);
      current.abort();
    },
    reset() {
      if (!running()) setState({ kind: 'idle' });
    },
    async start(work) {
      current?.abort();
      const controller = new AbortController();
      current = controller;
      const mine = () => current === controller;
      let startedAt = performance.now();
      setCancelling(false);
      setState({ kind: 'running', progress: undefined, startedAt });
      const release = options.keepAwake === false ? () => undefined : holdAwake();
      const control: JobControl<P> = {
        signal: controller.signal,
        stopped: () => controller.signal.aborted,
        progress: (progress) => {
          if (mine()) setState({ kind: 'running', progress, startedAt });
        },
        begin: (progress) => {
          startedAt = performance.now();
          control.progress(progress);
        },
      };
      let end: JobEnd<P, R>;
      try {
        end = { kind: 'done', result: await work(control) };
      } catch (error) {
        end = controller.signal.aborted ? { kind: 'cancelled', error } : { kind: 'failed', error };
      } finally {
        release();
      }
      if (mine()) {
        current = null;
        setState(end);
      }
      return end;
    },
  };
}

/** The result of a job that ended, or what it threw: for a caller that handles both in one try. */
export function resultOf<R>(end: JobEnd<unknown, R>): R {
  if (end.kind === 'done') return end.result;
  throw end.error;
}
