import { keysForWorker } from '../../crypto/keyring';
import { ZIP_ARCHIVE } from '../../domain/dicom';
import {
  dicomdirCountsOf,
  emptyFindings,
  summarizeImport,
  type ImportFindings,
  type ImportSummary,
} from '../../domain/import/summary';
import type { ImportApi, ProcessedFile } from '../../protocol/importApi';
import type { WorkerClient } from '../../protocol/workerClient';
import { appendAudit } from '../../storage/auditRepository';
import { withImportLock } from '../../storage/lifecycleLock';
import { commitCatalog } from '../../catalog';
import { ImportBatcher } from './importBatcher';
import { readFailure, storageFailure } from './importFailures';
import { ImportQueue } from './importQueue';
import type { ImportSource } from './importSource';

export type { ArchiveContents, ImportSource } from './importSource';
export type { DamagedEntry, DicomdirReport, ImportSummary } from '../../domain/import/summary';

export interface ImportProgress {
  readonly filesDone: number;
  readonly filesTotal: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly elapsedMs: number;
}

export interface ImportOptions {
  readonly workers: readonly WorkerClient<ImportApi>[];
  readonly signal: AbortSignal;
  readonly onProgress: (progress: ImportProgress) => void;
}

/** Files in flight per worker: enough to overlap reading with hashing and sealing, little memory. */
const PER_WORKER = 3;

/**
 * Imports files: workers classify, parse, hash and seal each one; the page writes them in batched
 * transactions, then files the catalog rows that make them visible. Every failure is recorded with its
 * file and the job goes on; cancelling keeps what was fully written and files it too.
 */
export function runImport(sources: readonly ImportSource[], options: ImportOptions): Promise<ImportSummary> {
  // Its originals and instance rows are written before the catalog rows that claim them: held shared,
  // this lock keeps the orphan sweep (in any tab) from taking them for leftovers meanwhile.
  return withImportLock(() => importUnderLock(sources, options));
}

async function importUnderLock(
  sources: readonly ImportSource[],
  options: ImportOptions,
): Promise<ImportSummary> {
  const started = performance.now();
  const findings = emptyFindings();
  const queue = new ImportQueue(sources, (problem) => findings.unreadable.push(problem));
  const batcher = new ImportBatcher();
  let filesDone = 0;
  let bytesDone = 0;
  const progress = () =>
    options.onProgress({
      filesDone,
      filesTotal: queue.filesTotal,
      bytesDone,
      bytesTotal: queue.bytesTotal,
      elapsedMs: performance.now() - started,
    });

  const lane = async (worker: WorkerClient<ImportApi>) => {
    while (!options.signal.aborted && !batcher.fatal) {
      const source = queue.take();
      if (!source) {
        const more = queue.whenMore();
        if (!more) break;
        await more;
        continue;
      }
      const result = await processSource(worker, source, options.signal);
      if (!result) break;
      if (result.kind === 'junk' && result.format === ZIP_ARCHIVE && source.openArchive) {
        await queue.openArchive(source, source.openArchive);
        progress();
        continue;
      }
      await accept(result, findings, batcher);
      filesDone++;
      bytesDone += source.size;
      progress();
    }
  };

  const keys = keysForWorker();
  await Promise.all(options.workers.map((w) => w.call('installKeys', { keys })));
  try {
    await Promise.all(options.workers.flatMap((w) => Array.from({ length: PER_WORKER }, () => lane(w))));
    await batcher.flush();
  } finally {
    await Promise.all(options.workers.map((w) => w.call('forgetKeys', {}).catch(() => true)));
  }

  const dicomdirCounts = dicomdirCountsOf(findings.dicomdirs);
  let fatal = batcher.fatal;
  // Even after a fatal storage error, what was written is filed, so it shows and stays.
  const committed = await commitCatalog(batcher.imported, dicomdirCounts).catch((e: unknown) => {
    fatal ??= storageFailure(e);
    return null;
  });
  const summary = summarizeImport(
    findings,
    batcher,
    {
      cancelled: options.signal.aborted,
      filesSeen: filesDone,
      bytes: bytesDone,
      elapsedMs: performance.now() - started,
      allPaths: queue.paths(),
      studyIds: committed?.studyIds ?? [],
      fatal,
    },
    dicomdirCounts,
  );
  if (committed) await auditImport(summary);
  return summary;
}

/** The audit log's line for an import whose catalog rows were filed. */
async function auditImport(summary: ImportSummary): Promise<void> {
  await appendAudit('import', `${summary.studyIds.length} studies`, {
    files: summary.filesSeen,
    imported: summary.imported,
    alreadyInVault: summary.alreadyInVault,
    unreadable: summary.unreadable.length,
    damaged: summary.damaged.length,
    skipped: summary.skippedCount,
    cancelled: summary.cancelled,
  });
}

/** What a worker makes of one file; a file that cannot be read is unreadable, undefined once cancelled. */
async function processSource(
  worker: WorkerClient<ImportApi>,
  source: ImportSource,
  signal: AbortSignal,
): Promise<ProcessedFile | undefined> {
  try {
    const file = await source.blob();
    const entry = source.zipEntry ? { zipEntry: source.zipEntry } : {};
    return await worker.call('processFile', { path: source.path, file, ...entry }, { signal });
  } catch (error) {
    if (signal.aborted) return undefined;
    return { kind: 'unreadable', path: source.path, size: source.size, reason: readFailure(error) };
  }
}

/** Files one processed file: images and damaged originals to the batcher, the rest to the findings. */
async function accept(
  result: ProcessedFile,
  findings: ImportFindings,
  batcher: ImportBatcher,
): Promise<void> {
  switch (result.kind) {
    case 'junk':
      findings.junk.push(result.category);
      findings.skipped.push({ path: result.path, format: result.format });
      return;
    case 'unreadable':
      findings.unreadable.push({ path: result.path, reason: result.reason });
      return;
    case 'dicomdir':
      findings.dicomdirs.push({ path: result.path, result: result.result });
      return;
    case 'damaged':
      return batcher.keepDamaged(result);
    case 'dicom':
      findings.foundUids.set(result.path, {
        sopInstanceUid: result.instance.image.sopInstanceUid,
        sopClassUid: result.instance.image.sopClassUid,
        transferSyntaxUid: result.instance.image.transferSyntaxUid,
      });
      return batcher.add(result);
  }
}
