import {
  crossCheckDicomdir,
  filesOfFileSet,
  normaliseFilePath,
  type DicomdirCrossCheck,
  type FoundFile,
} from '../../domain/dicom';
import type { Inspection } from '../../protocol/verifyApi';

/** One DICOMDIR of the package and how its File-set compares with the files that arrived. */
export interface DicomdirReport {
  /** Where the DICOMDIR is, relative to the package root. */
  readonly path: string;
  /** Set when the DICOMDIR itself could not be read (then there is no cross-check). */
  readonly unreadable?: string;
  /** Damage found inside the DICOMDIR (bad offsets...), one sentence each. */
  readonly problems: readonly string[];
  readonly check?: DicomdirCrossCheck;
  /** DICOM files of the File-set, counted. */
  readonly dicomFiles: number;
}

export function isDicomdirPath(path: string): boolean {
  return normaliseFilePath(path).split('/').pop() === 'DICOMDIR';
}

/** The DICOMDIRs of a package and every file to inspect for them (each DICOMDIR and its File-set). */
export function dicomdirTargets(paths: readonly string[]): { dicomdirs: string[]; inspect: Set<string> } {
  const dicomdirs = paths.filter(isDicomdirPath);
  const inspect = new Set<string>();
  for (const d of dicomdirs) for (const f of filesOfFileSet(d, paths)) inspect.add(f.path);
  return { dicomdirs, inspect };
}

/**
 * Cross-checks each DICOMDIR with what its File-set holds, from the inspections the hashing workers made:
 * every referenced file present with the SOP Instance UID, SOP Class and transfer syntax the record
 * names, and every DICOM file referenced. Files that are not DICOM (a README) are left out.
 */
export function dicomdirReports(
  paths: readonly string[],
  inspections: ReadonlyMap<string, Inspection>,
): DicomdirReport[] {
  return dicomdirTargets(paths).dicomdirs.map((path): DicomdirReport => {
    const own = inspections.get(path);
    if (!own || own.kind !== 'dicomdir')
      return {
        path,
        unreadable: own?.kind === 'other' ? own.reason : `${path} could not be read.`,
        problems: [],
        dicomFiles: 0,
      };
    if (!own.dicomdir.ok) return { path, unreadable: own.dicomdir.reason, problems: [], dicomFiles: 0 };
    const found: FoundFile[] = [];
    for (const f of filesOfFileSet(path, paths)) {
      const seen = inspections.get(f.path);
      if (f.path === path || seen?.kind !== 'dicom') continue;
      found.push({
        path: f.relative,
        ...(seen.sopInstanceUid ? { sopInstanceUid: seen.sopInstanceUid } : {}),
        ...(seen.sopClassUid ? { sopClassUid: seen.sopClassUid } : {}),
        ...(seen.transferSyntaxUid ? { transferSyntaxUid: seen.transferSyntaxUid } : {}),
      });
    }
    return {
      path,
      problems: own.dicomdir.dicomdir.problems,
      check: crossCheckDicomdir(own.dicomdir.dicomdir, found),
      dicomFiles: found.length,
    };
  });
}

/** True when a report finds nothing wrong. */
export function dicomdirConsistent(report: DicomdirReport): boolean {
  const c = report.check;
  return (
    !report.unreadable &&
    !!c &&
    c.missing.length === 0 &&
    c.unreferenced.length === 0 &&
    c.mismatches.length === 0
  );
}
