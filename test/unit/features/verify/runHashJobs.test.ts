import { describe, expect, it } from 'vitest';
import type { VerifyPool } from '../../../../src/protocol/verifyPool';
import { runHashJobs, type HashTask } from '../../../../src/features/verify/runHashJobs';
import type { HashRequest } from '../../../../src/protocol/verifyApi';

const MiB = 1024 * 1024;

/** A pool whose "hashing" takes a tick; it records how many files and bytes were in flight at once. */
function fakePool(fail: (path: string) => boolean = () => false) {
  let inFlight = 0;
  let bytes = 0;
  const seen = { maxFiles: 0, maxBytes: 0 };
  const sizes = new Map<string, number>();
  const pool: VerifyPool = {
    size: 2,
    async hash(request: HashRequest) {
      const size = sizes.get(request.path) ?? 0;
      inFlight++;
      bytes += size;
      seen.maxFiles = Math.max(seen.maxFiles, inFlight);
      seen.maxBytes = Math.max(seen.maxBytes, bytes);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      bytes -= size;
      if (fail(request.path)) throw new Error(`could not read ${request.path}`);
      return { digests: { sha256: `digest of ${request.path}` } };
    },
  };
  return { pool, seen, sizes };
}

function tasks(sizes: readonly number[], registry: Map<string, number>): HashTask[] {
  return sizes.map((size, i) => {
    const path = `pkg/data/f${i}`;
    registry.set(path, size);
    return {
      key: path,
      path,
      size,
      source: { kind: 'blob', blob: new Blob([]) },
      algorithms: ['sha256'],
      inspect: false,
    };
  });
}

describe('runHashJobs', () => {
  it('hashes every file, several at once per worker, and reports progress up to the total', async () => {
    const { pool, seen, sizes } = fakePool();
    const list = tasks(
      Array.from({ length: 40 }, () => MiB / 2),
      sizes,
    );
    const progress: number[] = [];
    const out = await runHashJobs(pool, list, (b) => progress.push(b), new AbortController().signal);
    expect(out.digests.size).toBe(40);
    expect(out.digests.get('pkg/data/f7')).toEqual({ sha256: 'digest of pkg/data/f7' });
    expect(seen.maxFiles).toBe(8);
    expect(progress.at(-1)).toBe(40 * (MiB / 2));
  });

  it('keeps the bytes of files in flight within its budget (a big file may still go alone)', async () => {
    const { pool, seen, sizes } = fakePool();
    const out = await runHashJobs(
      pool,
      tasks([60 * MiB, 60 * MiB, 60 * MiB, 60 * MiB, 50 * MiB, 1 * MiB], sizes),
      () => {},
      new AbortController().signal,
    );
    expect(out.digests.size).toBe(6);
    expect(seen.maxBytes).toBeLessThanOrEqual(128 * MiB);
    expect(seen.maxFiles).toBeGreaterThan(1);
  });

  it('records a failed file with its reason and goes on; cancelling rejects', async () => {
    const { pool, sizes } = fakePool((path) => path.endsWith('f2'));
    const out = await runHashJobs(
      pool,
      tasks([10, 20, 30, 40], sizes),
      () => {},
      new AbortController().signal,
    );
    expect(out.digests.get('pkg/data/f2')).toEqual({ error: 'could not read pkg/data/f2' });
    expect(out.digests.get('pkg/data/f3')).toEqual({ sha256: 'digest of pkg/data/f3' });
    const controller = new AbortController();
    controller.abort();
    await expect(runHashJobs(pool, tasks([10], sizes), () => {}, controller.signal)).rejects.toThrow();
  });
});
