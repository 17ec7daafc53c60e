import type { Digests, HashAlgorithm } from '../../domain/hash';
import type { HashSource, Inspection } from '../../protocol/verifyApi';
import type { VerifyPool } from '../../app/verifyWorkers';

export interface HashTask {
  /** The key results come back under. */
  readonly key: string;
  /** For messages and DICOMDIR recognition. */
  readonly path: string;
  readonly size: number;
  readonly source: HashSource;
  readonly algorithms: readonly HashAlgorithm[];
  readonly inspect: boolean;
}

export interface HashOutcomes {
  readonly digests: Map<string, Digests | { readonly error: string }>;
  readonly inspections: Map<string, Inspection>;
}

export interface RunProgress {
  /** Called with bytes hashed so far (all tasks) and tasks finished. */
  (bytesDone: number, tasksDone: number): void;
}

/**
 * Runs every task on the worker pool, two in flight per worker so one reads while the other hashes. A
 * task that fails is recorded with its reason and the rest go on; cancelling rejects with AbortError.
 * Big files first: the last minutes are not spent waiting on one large file alone.
 */
export async function runHashJobs(
  pool: VerifyPool,
  tasks: readonly HashTask[],
  onProgress: RunProgress,
  signal: AbortSignal,
): Promise<HashOutcomes> {
  const digests = new Map<string, Digests | { error: string }>();
  const inspections = new Map<string, Inspection>();
  const queue = [...tasks].sort((a, b) => b.size - a.size);
  const partial = new Map<string, number>();
  let finishedBytes = 0;
  let finished = 0;
  const report = () => {
    let bytes = finishedBytes;
    for (const n of partial.values()) bytes += n;
    onProgress(bytes, finished);
  };
  const lane = async () => {
    for (let task = queue.shift(); task; task = queue.shift()) {
      signal.throwIfAborted();
      const { key, path, source, algorithms, inspect, size } = task;
      try {
        const out = await pool.hash(
          { source, algorithms, inspect, path },
          {
            signal,
            onProgress: (done) => {
              partial.set(key, done);
              report();
            },
          },
        );
        digests.set(key, out.digests);
        if (out.inspection) inspections.set(key, out.inspection);
      } catch (error) {
        if (signal.aborted) throw error;
        digests.set(key, { error: error instanceof Error ? error.message : String(error) });
      }
      partial.delete(key);
      finishedBytes += size;
      finished += 1;
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, pool.size * 2) }, lane));
  signal.throwIfAborted();
  return { digests, inspections };
}
