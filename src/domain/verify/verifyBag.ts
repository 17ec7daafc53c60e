import type { FileDigests } from './algorithms';
import { planBag, type BagView } from './bagPlan';
import { concludeVerification, type DigestResults } from './plan';
import { readFailureOf, type ReadFailure } from './readFailure';
import type { HashJob, VerificationResult } from './types';

/**
 * Plan, hash through the caller, conclude. The caller's digest function reads one file once and computes
 * every algorithm of its job (in a worker, with WebCrypto or hash-wasm); it may reject, and that file is
 * then reported unreadable (or altered, for an error named DAMAGED_CONTENT) while the others go on. Jobs run `concurrency` at a time.
 */
export async function verifyBag(
  view: BagView,
  digest: (job: HashJob) => Promise<FileDigests>,
  concurrency = 2,
): Promise<VerificationResult> {
  const plan = planBag(view);
  const results = new Map<string, FileDigests | ReadFailure>();
  const queue = [...plan.jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      try {
        results.set(job.path, await digest(job));
      } catch (e) {
        results.set(job.path, readFailureOf(e));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return concludeVerification(plan, results satisfies DigestResults);
}
