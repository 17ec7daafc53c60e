import { createSignal } from 'solid-js';
import { holdAwake } from '../vault';

/** What a long job needs from the screen running it: report progress, notice a cancel. */
export interface JobControl {
  progress(done: number, total: number): void;
  stopped(): boolean;
}

export interface JobState {
  readonly running: () => boolean;
  readonly done: () => number;
  readonly total: () => number;
  readonly cancelling: () => boolean;
  cancel(): void;
  /** Runs a job, keeping the vault awake (auto-lock waits) until it ends. */
  run<T>(job: (control: JobControl) => Promise<T>): Promise<T>;
}

export function createJob(): JobState {
  const [running, setRunning] = createSignal(false);
  const [done, setDone] = createSignal(0);
  const [total, setTotal] = createSignal(0);
  const [cancelling, setCancelling] = createSignal(false);
  return {
    running,
    done,
    total,
    cancelling,
    cancel: () => setCancelling(true),
    async run(job) {
      setRunning(true);
      setCancelling(false);
      setDone(0);
      setTotal(0);
      const release = holdAwake();
      try {
        return await job({
          progress: (d, t) => {
            setDone(d);
            setTotal(t);
          },
          stopped: cancelling,
        });
      } finally {
        release();
        setRunning(false);
      }
    },
  };
}
