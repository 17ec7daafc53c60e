import { keysForWorker } from '../../crypto/keyring';
import type { SealedOriginal } from '../../crypto/sealOriginal';
import {
  crossCheckDicomdir,
  describeSkipped,
  dicomdirSeriesCounts,
  filesOfFileSet,
  groupInstances,
  importFlags,
  seriesFlags,
  type DicomdirCrossCheck,
  type Flag,
  type GroupInput,
  type JunkCategory,
  ZIP_ARCHIVE,
} from '../../domain/dicom';
import { explainReadFailure } from '../../domain/bytes/readFailure';
import type { ZipDirectoryEntry } from '../../domain/zip/read';
import type { ImportApi, ProcessedFile } from '../../protocol/importApi';
import type { WorkerClient } from '../../protocol/workerClient';
import { appendAudit } from '../../storage/auditRepository';
import { writeImportBatch } from '../../storage/importRepository';
import { withImportLock } from '../../storage/lifecycleLock';
import { commitCatalog, sealInstanceRow } from '../../catalog';
import { keepDamagedOriginal } from './damagedOriginals';
import type { InstanceRow } from '../../storage/schema';

/** One file to import: from a folder, a drop, or a ZIP entry. */
export interface ImportSource {
  readonly path: string;
  readonly size: number;
  blob(): Promise<Blob>;
  /** Set for an entry of a ZIP: blob() is then the ZIP, and the import worker expands this entry. */
  readonly zipEntry?: ZipDirectoryEntry;
  /**
   * When the file itself turns out to be a ZIP (a portal download named without ".zip"), its entries
   * to import instead. Absent for entries of a ZIP: archives inside archives are not opened.
   */
  openArchive?(): Promise<ArchiveContents>;
}

export interface ArchiveContents {
  readonly sources: readonly ImportSource[];
  readonly problems: readonly { readonly path: string; readonly reason: string }[];
}

export interface ImportProgress {
  readonly filesDone: number;
  readonly filesTotal: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly elapsedMs: number;
}

export interface DicomdirReport {
  readonly path: string;
  readonly problem?: string;
  readonly check?: DicomdirCrossCheck;
}

export interface ImportSummary {
  readonly cancelled: boolean;
  readonly filesSeen: number;
  readonly imported: number;
  readonly alreadyInVault: number;
  readonly duplicates: number;
  readonly conflicts: readonly { readonly sopInstanceUid: string; readonly paths: readonly string[] }[];
  readonly skippedText: string;
  readonly skippedCount: number;
  /** Each skipped file with what it is (e.g. "JPEG image", "Windows program"). */
  readonly skipped: readonly { readonly path: string; readonly format: string }[];
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
  /** Files recognised as DICOM but unreadable as images: kept byte for byte, never shown as images. */
  readonly damaged: readonly DamagedEntry[];
  readonly dicomdirs: readonly DicomdirReport[];
  readonly warnings: readonly Flag[];
  readonly seriesFlags: readonly { readonly series: string; readonly flags: readonly Flag[] }[];
  readonly studyIds: readonly string[];
  readonly bytes: number;
  readonly elapsedMs: number;
  /** Set when the job stopped on an error that ends it (e.g. the disk is full); what was written stays. */
  readonly fatal?: string;
}

export interface DamagedEntry {
  readonly path: string;
  readonly reason: string;
  /** The kept original's address and SHA-256 (to download and check it). */
  readonly address: string;
  readonly sha256: string;
  readonly size: number;
}

export interface ImportOptions {
  readonly workers: readonly WorkerClient<ImportApi>[];
  readonly signal: AbortSignal;
  readonly onProgress: (progress: ImportProgress) => void;
}

/** Files per transaction: ../shared/STACK.md found 8–32 the sweet spot (each transaction costs ~7 ms). */
const BATCH_FILES = 16;
const BATCH_BYTES = 32 * 1024 * 1024;
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
  // Grows when a file turns out to be a ZIP: its entries join the queue in its place.
  const queue = [...sources];
  let bytesTotal = sources.reduce((n, s) => n + s.size, 0);
  let filesDone = 0;
  let bytesDone = 0;
  const junk: JunkCategory[] = [];
  const skipped: { path: string; format: string }[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  const damaged: DamagedEntry[] = [];
  const dicomdirFiles: Extract<ProcessedFile, { kind: 'dicomdir' }>[] = [];
  /** Files whose batch is written: only these are filed into the catalog, whatever happens later. */
  const imported: GroupInput[] = [];
  const foundUids = new Map<
    string,
    { sopInstanceUid: string; sopClassUid: string; transferSyntaxUid: string }
  >();
  let alreadyInVault = 0;
  let duplicates = 0;
  let added = 0;
  /** Instance ids this import has met: a later copy of the same file on the disc is a duplicate. */
  const seenIds = new Set<string>();
  let fatal: string | undefined;

  let batchOriginals: SealedOriginal[] = [];
  let batchRows: InstanceRow[] = [];
  let batchInputs: GroupInput[] = [];
  let batchBytes = 0;
  let writing: Promise<void> = Promise.resolve();

  const flush = () => {
    const originals = batchOriginals;
    const rows = batchRows;
    const inputs = batchInputs;
    batchOriginals = [];
    batchRows = [];
    batchInputs = [];
    batchBytes = 0;
    if (rows.length === 0) return writing;
    writing = writing.then(async () => {
      if (fatal) return;
      // A row met earlier in this import is a second copy on the disc; the rest go to storage, which
      // says which of them the vault already had.
      const unseen: InstanceRow[] = [];
      let copies = 0;
      for (const row of rows) {
        if (seenIds.has(row.id)) copies++;
        else unseen.push(row);
        seenIds.add(row.id);
      }
      try {
        const { alreadyStored } = await writeImportBatch(originals, unseen);
        added += unseen.length - alreadyStored.size;
        duplicates += copies;
        alreadyInVault += alreadyStored.size;
        imported.push(...inputs);
      } catch (error) {
        fatal = storageFailure(error);
      }
    });
    return writing;
  };

  /** A damaged DICOM file: its original is written (on the same serial path as batches), then named. */
  const keepDamaged = (result: Extract<ProcessedFile, { kind: 'damaged' }>) => {
    writing = writing.then(async () => {
      if (fatal) return;
      const { path, reason, size, sha256, sealed } = result;
      try {
        await writeImportBatch([sealed], []);
        await keepDamagedOriginal({ address: sealed.address, sha256, size, path, reason });
        damaged.push({ path, reason, address: sealed.address, sha256, size });
      } catch (error) {
        fatal = storageFailure(error);
      }
    });
    return writing;
  };

  const accept = async (result: ProcessedFile) => {
    if (result.kind === 'junk') {
      junk.push(result.category);
      skipped.push({ path: result.path, format: result.format });
    } else if (result.kind === 'unreadable') unreadable.push({ path: result.path, reason: result.reason });
    else if (result.kind === 'dicomdir') dicomdirFiles.push(result);
    else if (result.kind === 'damaged') await keepDamaged(result);
    else {
      const { instance, sha256, size, path } = result;
      foundUids.set(path, {
        sopInstanceUid: instance.image.sopInstanceUid,
        sopClassUid: instance.image.sopClassUid,
        transferSyntaxUid: instance.image.transferSyntaxUid,
      });
      // Sealed before anything joins the batch: the three lists must change together, with no await
      // between them. (Written as batchRows.push(await ...), the row went into whichever array was
      // current BEFORE the await; a flush by another lane meanwhile took that array, so the row was lost
      // or filed apart from its original — the flaky counts of the runImport test.)
      const row = await sealInstanceRow(result);
      batchInputs.push({ instance, sha256, size, path });
      batchOriginals.push(result.sealed);
      batchRows.push(row);
      batchBytes += size;
      if (batchRows.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) await flush();
    }
  };

  const keys = keysForWorker();
  await Promise.all(options.workers.map((w) => w.call('installKeys', { keys })));
  let next = 0;
  /** ZIPs being opened: their entries are about to join the queue, so no lane may finish yet. */
  const opening = new Set<Promise<void>>();
  let archivesOpened = 0;
  const progress = () =>
    options.onProgress({
      filesDone,
      filesTotal: queue.length - archivesOpened,
      bytesDone,
      bytesTotal,
      elapsedMs: performance.now() - started,
    });

  const openArchive = (source: ImportSource, open: () => Promise<ArchiveContents>) => {
    const done = open()
      .then(({ sources: entries, problems }) => {
        queue.push(...entries);
        unreadable.push(...problems);
        archivesOpened++;
        bytesTotal += entries.reduce((n, e) => n + e.size, 0) - source.size;
      })
      .catch((error: unknown) => {
        unreadable.push({ path: source.path, reason: readFailure(error) });
      })
      .finally(() => opening.delete(done));
    opening.add(done);
    return done;
  };

  const lane = async (worker: WorkerClient<ImportApi>) => {
    while (!options.signal.aborted && !fatal) {
      if (next >= queue.length) {
        if (opening.size === 0) break;
        await Promise.race(opening);
        continue;
      }
      const source = queue[next++];
      if (!source) break;
      let result: ProcessedFile;
      try {
        const file = await source.blob();
        const entry = source.zipEntry ? { zipEntry: source.zipEntry } : {};
        result = await worker.call(
          'processFile',
          { path: source.path, file, ...entry },
          { signal: options.signal },
        );
      } catch (error) {
        if (options.signal.aborted) break;
        result = { kind: 'unreadable', path: source.path, size: source.size, reason: readFailure(error) };
      }
      if (result.kind === 'junk' && result.format === ZIP_ARCHIVE && source.openArchive) {
        await openArchive(source, source.openArchive);
        progress();
        continue;
      }
      await accept(result);
      filesDone++;
      bytesDone += source.size;
      progress();
    }
  };
  try {
    await Promise.all(options.workers.flatMap((w) => Array.from({ length: PER_WORKER }, () => lane(w))));
    await flush();
  } finally {
    await Promise.all(options.workers.map((w) => w.call('forgetKeys', {}).catch(() => true)));
  }

  const allPaths = queue.map((s) => s.path);
  const dicomdirs: DicomdirReport[] = dicomdirFiles.map(({ path, result }) => {
    if (!result.ok) return { path, problem: result.reason };
    const members = filesOfFileSet(path, allPaths).filter((f) => f.path !== path);
    const found = members.flatMap((m) => {
      const uids = foundUids.get(m.path);
      return uids ? [{ path: m.relative, ...uids }] : [];
    });
    return { path, check: crossCheckDicomdir(result.dicomdir, found) };
  });
  const dicomdirCounts = new Map<string, number>();
  for (const file of dicomdirFiles) {
    if (file.result.ok)
      for (const [uid, n] of dicomdirSeriesCounts(file.result.dicomdir)) dicomdirCounts.set(uid, n);
  }

  const grouping = groupInstances(imported);
  // Even after a fatal storage error, what was written is filed, so it shows and stays.
  const committed = await commitCatalog(imported, dicomdirCounts).catch((e: unknown) => {
    fatal ??= storageFailure(e);
    return null;
  });
  const notDicom = unreadable.filter((u) => u.reason.startsWith('not DICOM')).length;
  const summary: ImportSummary = {
    cancelled: options.signal.aborted,
    filesSeen: filesDone,
    imported: added,
    alreadyInVault,
    duplicates,
    conflicts: grouping.conflicts,
    skippedText: describeSkipped(junk, 0),
    skippedCount: junk.length,
    skipped,
    unreadable: unreadable.filter((u) => !u.reason.startsWith('not DICOM') || notDicom <= 50),
    damaged,
    dicomdirs,
    warnings: importFlags(grouping),
    seriesFlags: grouping.patients
      .flatMap((p) =>
        p.studies.flatMap((st) =>
          st.series.map((se) => ({
            series: [st.info.description, se.info.description ?? se.info.modality]
              .filter(Boolean)
              .join(' — '),
            flags: seriesFlags(
              se,
              se.info.seriesInstanceUid ? dicomdirCounts.get(se.info.seriesInstanceUid) : undefined,
            ),
          })),
        ),
      )
      .filter((s) => s.flags.length > 0),
    studyIds: committed?.studyIds ?? [],
    bytes: bytesDone,
    elapsedMs: performance.now() - started,
    ...(fatal ? { fatal } : {}),
  };
  if (committed) {
    await appendAudit('import', `${committed.studyIds.length} studies`, {
      files: summary.filesSeen,
      imported: summary.imported,
      alreadyInVault: summary.alreadyInVault,
      unreadable: summary.unreadable.length,
      damaged: summary.damaged.length,
      skipped: summary.skippedCount,
      cancelled: summary.cancelled,
    });
  }
  return summary;
}

function readFailure(error: unknown): string {
  return `could not be read: ${explainReadFailure(error)}`;
}

function storageFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return 'The device’s storage for this app is full. Everything imported before this point is safe in the vault; free some space (or delete studies you no longer need) and import again to finish.';
  }
  return `Storing in the vault failed: ${message}. Everything imported before this point is safe; import again to finish.`;
}
