import type { JobControl } from './createJob';

/** Progress as items done of items in all: records backed up, files checked. */
export interface Count {
  readonly done: number;
  readonly total: number;
}

/** What a job counting items takes: report done of total, notice a cancel. */
export interface CountingControl {
  progress(done: number, total: number): void;
  stopped(): boolean;
}

/** The two-number form the stewardship jobs (backup, restore, fixity, open copy) report in. */
export function countingControl(control: JobControl<Count>): CountingControl {
  return {
    progress: (done, total) => control.progress({ done, total }),
    stopped: () => control.stopped(),
  };
}
