import {
  crossCheckDicomdir,
  describeSkipped,
  dicomdirSeriesCounts,
  filesOfFileSet,
  groupInstances,
  importFlags,
  seriesFlags,
  type DicomdirCrossCheck,
  type DicomdirResult,
  type Flag,
  type GroupInput,
  type JunkCategory,
} from '../dicom';

export interface DicomdirReport {
  readonly path: string;
  readonly problem?: string;
  readonly check?: DicomdirCrossCheck;
}

export interface DamagedEntry {
  readonly path: string;
  readonly reason: string;
  /** The kept original's address and SHA-256 (to download and check it). */
  readonly address: string;
  readonly sha256: string;
  readonly size: number;
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

export interface FoundUids {
  readonly sopInstanceUid: string;
  readonly sopClassUid: string;
  readonly transferSyntaxUid: string;
}

/** What the files of one import turned out to be, apart from the images written (filled as files finish). */
export interface ImportFindings {
  readonly junk: JunkCategory[];
  readonly skipped: { readonly path: string; readonly format: string }[];
  readonly unreadable: { readonly path: string; readonly reason: string }[];
  readonly dicomdirs: { readonly path: string; readonly result: DicomdirResult }[];
  /** The UIDs of each DICOM file by path, to cross-check a DICOMDIR against the files beside it. */
  readonly foundUids: Map<string, FoundUids>;
}

export function emptyFindings(): ImportFindings {
  return { junk: [], skipped: [], unreadable: [], dicomdirs: [], foundUids: new Map() };
}

/** What the write path did: the counts storage reported and the files whose batch was written. */
export interface ImportWrites {
  readonly added: number;
  readonly alreadyInVault: number;
  readonly duplicates: number;
  /** Files whose batch is written: only these are filed into the catalog. */
  readonly imported: readonly GroupInput[];
  readonly damaged: readonly DamagedEntry[];
}

export interface ImportEnd {
  readonly cancelled: boolean;
  readonly filesSeen: number;
  readonly bytes: number;
  readonly elapsedMs: number;
  /** Every path the import met, ZIP entries included, to find the members of each DICOMDIR's file set. */
  readonly allPaths: readonly string[];
  readonly studyIds: readonly string[];
  readonly fatal: string | undefined;
}

/** Beyond this many "not DICOM" files the list says nothing a person can act on: only the count stays. */
const NOT_DICOM_LISTED = 50;

/** The number of images each DICOMDIR lists per series (a later DICOMDIR wins for a series in two). */
export function dicomdirCountsOf(dicomdirs: ImportFindings['dicomdirs']): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of dicomdirs) {
    if (file.result.ok) for (const [uid, n] of dicomdirSeriesCounts(file.result.dicomdir)) counts.set(uid, n);
  }
  return counts;
}

/** The summary a person reads after an import, from what it found and wrote. Pure. */
export function summarizeImport(
  findings: ImportFindings,
  writes: ImportWrites,
  end: ImportEnd,
  dicomdirCounts: ReadonlyMap<string, number>,
): ImportSummary {
  const grouping = groupInstances(writes.imported);
  const notDicom = findings.unreadable.filter((u) => u.reason.startsWith('not DICOM')).length;
  return {
    cancelled: end.cancelled,
    filesSeen: end.filesSeen,
    imported: writes.added,
    alreadyInVault: writes.alreadyInVault,
    duplicates: writes.duplicates,
    conflicts: grouping.conflicts,
    skippedText: describeSkipped(findings.junk, 0),
    skippedCount: findings.junk.length,
    skipped: findings.skipped,
    unreadable: findings.unreadable.filter(
      (u) => !u.reason.startsWith('not DICOM') || notDicom <= NOT_DICOM_LISTED,
    ),
    damaged: writes.damaged,
    dicomdirs: dicomdirReports(findings, end.allPaths),
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
    studyIds: end.studyIds,
    bytes: end.bytes,
    elapsedMs: end.elapsedMs,
    ...(end.fatal ? { fatal: end.fatal } : {}),
  };
}

function dicomdirReports(findings: ImportFindings, allPaths: readonly string[]): DicomdirReport[] {
  return findings.dicomdirs.map(({ path, result }) => {
    if (!result.ok) return { path, problem: result.reason };
    const members = filesOfFileSet(path, allPaths).filter((f) => f.path !== path);
    const found = members.flatMap((m) => {
      const uids = findings.foundUids.get(m.path);
      return uids ? [{ path: m.relative, ...uids }] : [];
    });
    return { path, check: crossCheckDicomdir(result.dicomdir, found) };
  });
}
