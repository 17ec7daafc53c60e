import { describe, expect, it } from 'vitest';
import { countingControl, createJob, heldAwake, resultOf, type JobControl } from '../../../../src/ui/jobs';

/** A promise the test settles by hand, to look at the job while it runs. */
function gate<T>() {
  let open!: (value: T) => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

describe('createJob', () => {
  it('runs: idle, running with its progress, done with the result', async () => {
    const job = createJob<number, string>();
    expect(job.state()).toEqual({ kind: 'idle' });
    const until = gate<string>();
    let control: JobControl<number> | undefined;
    const ended = job.start((c) => {
      control = c;
      return until.promise;
    });
    expect(job.running()).toBe(true);
    expect(job.progress()).toBeUndefined();
    control?.progress(3);
    expect(job.progress()).toBe(3);
    expect(job.state()).toMatchObject({ kind: 'running', progress: 3 });
    until.open('all done');
    expect(await ended).toEqual({ kind: 'done', result: 'all done' });
    expect(job.state()).toEqual({ kind: 'done', result: 'all done' });
    expect(job.running()).toBe(false);
    expect(job.progress()).toBeUndefined();
  });

  it('begin() restarts the clock the rate is measured from, after the preparation', async () => {
    const job = createJob<number, void>();
    const until = gate<void>();
    let control: JobControl<number> | undefined;
    const ended = job.start((c) => {
      control = c;
      return until.promise;
    });
    const first = job.state();
    await new Promise((resolve) => setTimeout(resolve, 5));
    control?.begin(0);
    const second = job.state();
    if (first.kind !== 'running' || second.kind !== 'running') throw new Error('the job should be running');
    expect(second.startedAt).toBeGreaterThan(first.startedAt);
    expect(second.progress).toBe(0);
    control?.progress(1);
    expect(job.state()).toMatchObject({ startedAt: second.startedAt, progress: 1 });
    until.open();
    await ended;
  });

  it('holds the vault awake while it runs, also when it fails, unless told not to', async () => {
    const job = createJob<never, void>();
    const until = gate<void>();
    const ended = job.start(() => until.promise);
    expect(heldAwake()).toBe(true);
    until.fail(new Error('disk full'));
    const end = await ended;
    expect(end.kind).toBe('failed');
    expect(heldAwake()).toBe(false);

    const quiet = createJob<never, void>({ keepAwake: false });
    const later = gate<void>();
    const running = quiet.start(() => later.promise);
    expect(heldAwake()).toBe(false);
    later.open();
    await running;
  });

  it('fails with what the work threw', async () => {
    const job = createJob<never, void>();
    const error = new Error('The disk is full.');
    const end = await job.start(() => Promise.reject(error));
    expect(end).toEqual({ kind: 'failed', error });
    expect(job.state()).toBe(end);
    expect(() => resultOf(end)).toThrow('The disk is full.');
  });

  it('cancel aborts the signal; a job that then throws is cancelled, one that returns is done', async () => {
    const job = createJob<never, string>();
    const thrown = job.start(
      (c) =>
        new Promise<string>((_, reject) =>
          c.signal.addEventListener('abort', () => reject(new Error('stopped'))),
        ),
    );
    expect(job.cancelling()).toBe(false);
    job.cancel();
    expect(job.cancelling()).toBe(true);
    expect(await thrown).toMatchObject({ kind: 'cancelled', error: new Error('stopped') });

    const partial = job.start(async (c) => {
      await Promise.resolve();
      return c.stopped() ? 'what was done before the cancel' : 'everything';
    });
    expect(job.cancelling()).toBe(false);
    job.cancel();
    expect(await partial).toEqual({ kind: 'done', result: 'what was done before the cancel' });
    expect(resultOf(await partial)).toBe('what was done before the cancel');
  });

  it('a new start cancels the running one, whose late end and progress are ignored', async () => {
    const job = createJob<string, string>();
    const first = gate<string>();
    let firstControl: JobControl<string> | undefined;
    const firstEnd = job.start((c) => {
      firstControl = c;
      return first.promise;
    });
    const second = gate<string>();
    const secondEnd = job.start(() => second.promise);
    expect(firstControl?.signal.aborted).toBe(true);
    firstControl?.progress('stale');
    expect(job.progress()).toBeUndefined();
    first.open('old');
    expect(await firstEnd).toEqual({ kind: 'done', result: 'old' });
    expect(job.running()).toBe(true);
    second.open('new');
    await secondEnd;
    expect(job.state()).toEqual({ kind: 'done', result: 'new' });
  });

  it('reset returns to idle, but never under a running job', async () => {
    const job = createJob<never, number>();
    const until = gate<number>();
    const ended = job.start(() => until.promise);
    job.reset();
    expect(job.running()).toBe(true);
    until.open(1);
    await ended;
    job.reset();
    expect(job.state()).toEqual({ kind: 'idle' });
    job.cancel();
    expect(job.cancelling()).toBe(false);
  });
});

describe('countingControl', () => {
  it('reports done of total and notices the cancel', async () => {
    const job = createJob<{ done: number; total: number }, void>();
    const until = gate<void>();
    let stopped: (() => boolean) | undefined;
    const ended = job.start((control) => {
      const counting = countingControl(control);
      counting.progress(2, 5);
      stopped = counting.stopped;
      return until.promise;
    });
    expect(job.progress()).toEqual({ done: 2, total: 5 });
    expect(stopped?.()).toBe(false);
    job.cancel();
    expect(stopped?.()).toBe(true);
    until.open();
    await ended;
  });
});
