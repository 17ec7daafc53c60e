import type { VerifyPool } from '../../protocol/verifyPool';
import { concludeVerification, type BagPlan, type VerificationResult } from '../../domain/verify';
import { dicomdirReports, dicomdirTargets, type DicomdirReport } from './dicomdirCheck';
import type { FileSet } from './fileSet';
import { preparePackage } from './preparePackage';
import { runHashJobs, type HashTask } from './runHashJobs';

/** Everything the result screen and the receipt show. */
export interface VerifyOutcome {
  readonly result: VerificationResult;
  readonly packageName: string;
  readonly sourceKind: FileSet['kind'] | 'single';
  /**
   * The package fingerprint: SHA-256 of the ZIP that was verified, of a folder bag's
   * tagmanifest-sha256.txt (what the sender's screen and share log name for a folder), or of the single file.
   */
  readonly fingerprint?: string;
  readonly fingerprintOf?: 'zip' | 'tagmanifest' | 'file';
  readonly verifiedAt: Date;
  readonly dicomdirs: readonly DicomdirReport[];
  /** Findings about the ZIP archive itself. */
  readonly archiveWarnings: readonly string[];
  readonly oxum?: BagPlan['oxum'];
  readonly lists: readonly string[];
  readonly bytes: number;
  readonly seconds: number;
}

export interface VerifyProgress {
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly filesDone: number;
  readonly filesTotal: number;
}

const FINGERPRINT_KEY = '\u0000fingerprint';

/** The tag manifest whose SHA-256 is a folder package's fingerprint (features/packages writes the same). */
export const FOLDER_FINGERPRINT_FILE = 'tagmanifest-sha256.txt';

/** What the fingerprint is taken of: the ZIP itself, or a folder bag's SHA-256 tag manifest. */
function fingerprintSource(
  set: FileSet,
  prepared: Awaited<ReturnType<typeof preparePackage>>,
): { task: HashTask; of: 'zip' | 'tagmanifest' } | undefined {
  if (set.zip)
    return {
      of: 'zip',
      task: {
        key: FINGERPRINT_KEY,
        path: set.zip.name,
        size: set.zip.size,
        source: { kind: 'blob', blob: set.zip },
        algorithms: ['sha256'],
        inspect: false,
      },
    };
  const tagManifest = prepared.format === 'bagit' ? prepared.files.get(FOLDER_FINGERPRINT_FILE) : undefined;
  if (!tagManifest) return undefined;
  return {
    of: 'tagmanifest',
    task: {
      key: FINGERPRINT_KEY,
      path: tagManifest.path,
      size: tagManifest.size,
      source: tagManifest.source,
      algorithms: ['sha256'],
      inspect: false,
    },
  };
}

/**
 * Verifies a folder, loose files or a ZIP: plans from the tag files or checksum list, hashes every file
 * once in the worker pool (all its algorithms in one pass, DICOM headers inspected on the way when a
 * DICOMDIR is present), the package fingerprint alongside (the ZIP's SHA-256, or a folder bag's
 * tagmanifest-sha256.txt's), then concludes and cross-checks each DICOMDIR.
 */
export async function verifyPackage(
  set: FileSet,
  pool: VerifyPool,
  onProgress: (p: VerifyProgress) => void,
  signal: AbortSignal,
): Promise<VerifyOutcome> {
  const started = performance.now();
  const prepared = await preparePackage(set);
  signal.throwIfAborted();
  const paths = [...prepared.files.keys()];
  const { inspect } = dicomdirTargets(paths);
  const tasks: HashTask[] = [];
  const planned = new Set<string>();
  for (const job of prepared.plan.jobs) {
    const file = prepared.files.get(job.path);
    if (!file) continue;
    planned.add(job.path);
    tasks.push({
      key: job.path,
      path: job.path,
      size: file.size,
      source: file.source,
      algorithms: job.algorithms,
      inspect: inspect.has(job.path),
    });
  }
  // Files of a File-set that no manifest lists (added, or unlisted) are still read for the DICOMDIR check.
  for (const path of inspect) {
    const file = prepared.files.get(path);
    if (file && !planned.has(path))
      tasks.push({ key: path, path, size: file.size, source: file.source, algorithms: [], inspect: true });
  }
  const fingerprinted = fingerprintSource(set, prepared);
  if (fingerprinted) tasks.push(fingerprinted.task);
  const bytesTotal = tasks.reduce((sum, t) => sum + t.size, 0);
  onProgress({ bytesDone: 0, bytesTotal, filesDone: 0, filesTotal: tasks.length });
  const outcomes = await runHashJobs(
    pool,
    tasks,
    (bytesDone, filesDone) => onProgress({ bytesDone, bytesTotal, filesDone, filesTotal: tasks.length }),
    signal,
  );
  const zipDigest = outcomes.digests.get(FINGERPRINT_KEY);
  outcomes.digests.delete(FINGERPRINT_KEY);
  const fingerprint = zipDigest && !('error' in zipDigest) ? zipDigest.sha256 : undefined;
  return {
    result: concludeVerification(prepared.plan, outcomes.digests),
    packageName: set.name,
    sourceKind: set.kind,
    ...(fingerprint && fingerprinted ? { fingerprint, fingerprintOf: fingerprinted.of } : {}),
    verifiedAt: new Date(),
    dicomdirs: dicomdirReports(paths, outcomes.inspections),
    archiveWarnings: set.warnings,
    ...(prepared.oxum ? { oxum: prepared.oxum } : {}),
    lists: prepared.lists,
    bytes: bytesTotal,
    seconds: (performance.now() - started) / 1000,
  };
}
