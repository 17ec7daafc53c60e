import {
  instanceFileName,
  isoStudyDate,
  OPEN_COPY_ROOT,
  SCAN_LOG_FILE,
  seriesFolderName,
  studyFolderName,
} from '../../domain/backup';
import { scanLogToCsv, type ScanLogRow } from '../../domain/records';
import { listDocuments, scanLogRowKind } from '../../documents';
import { appendAudit } from '../../storage/auditRepository';
import {
  describeDamage,
  readInstances,
  readSeries,
  readStudies,
  type DamagedRow,
  type StoredStudy,
} from '../../catalog';
import { readOriginal } from '../../storage/originalsRepository';
import { errorMessage } from '../../domain/text/errorMessage';
import type { OpenCopyTarget } from './openCopyTarget';
import type { CountingControl as JobControl } from '../../ui/jobs';

export interface OpenCopyResult {
  readonly folder: string;
  readonly studies: number;
  readonly files: number;
  readonly bytes: number;
  readonly failures: readonly { file: string; reason: string }[];
  readonly cancelled: boolean;
}

/** The scan log for the copy: the patient's own rows, plus one row per copied study not in it yet. */
async function scanLogRows(studies: readonly StoredStudy[]): Promise<ScanLogRow[]> {
  const kept = (await listDocuments(scanLogRowKind)).map((d) => d.value);
  const known = new Set(kept.map((r) => r.studyUid).filter(Boolean));
  const derived = studies
    .filter((s) => !s.info.studyInstanceUid || !known.has(s.info.studyInstanceUid))
    .map((s): ScanLogRow => ({
      id: s.info.studyInstanceUid ?? '',
      studyUid: s.info.studyInstanceUid ?? '',
      date: isoStudyDate(s.info.date) ?? '',
      bodyPart: s.bodyParts.join(', '),
      modality: s.modalities.join(', '),
      facility: s.info.institution ?? '',
      facilityId: null,
      keyMeasurements: '',
      storedInVault: true,
      originalDiscLabel: '',
    }));
  return [...kept, ...derived].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Writes an UNENCRYPTED copy of the chosen studies (all when `studyIds` is null) into `target` (a folder
 * the person picked, or one ZIP download), in the plain layout of domain/backup/openCopyLayout.ts.
 * Original bytes are copied unchanged. A failure of the target itself stops the copy (a ZIP cannot skip
 * a file it has begun); a file that cannot be read is named and the copy goes on.
 */
export async function writeOpenCopy(
  studyIds: ReadonlySet<string> | null,
  control: JobControl,
  target: OpenCopyTarget,
): Promise<OpenCopyResult> {
  try {
    return await copyInto(studyIds, control, target);
  } catch (error) {
    target.abort(errorMessage(error));
    throw error;
  }
}

async function copyInto(
  studyIds: ReadonlySet<string> | null,
  control: JobControl,
  target: OpenCopyTarget,
): Promise<OpenCopyResult> {
  // A damaged catalog row is listed as a failure and the copy goes on with everything else.
  const studyList = await readStudies();
  const studies = studyList.items.filter((s) => !studyIds || studyIds.has(s.id));
  studies.sort((a, b) => ((a.value.info.date ?? '') < (b.value.info.date ?? '') ? -1 : 1));
  const total = studies.reduce((n, s) => n + s.value.instanceCount, 0);
  const failures: { file: string; reason: string }[] = [];
  const damaged = (rows: readonly DamagedRow[]) => {
    for (const row of rows) failures.push({ file: `${row.table}/${row.id}`, reason: describeDamage(row) });
  };
  damaged(studyList.damaged.filter((s) => !studyIds || studyIds.has(s.id)));
  const takenStudies = new Set<string>();
  let files = 0;
  let failed = 0;
  let bytes = 0;
  let cancelled = false;
  await target.write(
    `${OPEN_COPY_ROOT}/${SCAN_LOG_FILE}`,
    scanLogToCsv(await scanLogRows(studies.map((s) => s.value))),
  );
  outer: for (const study of studies) {
    const folder = studyFolderName(
      { date: study.value.info.date, bodyParts: study.value.bodyParts, modalities: study.value.modalities },
      takenStudies,
    );
    const takenSeries = new Set<string>();
    const seriesList = await readSeries(study.id);
    damaged(seriesList.damaged);
    for (const series of seriesList.items) {
      const seriesFolder = seriesFolderName(
        series.value.info.number,
        series.value.info.description,
        takenSeries,
      );
      const instanceList = await readInstances(series.id);
      damaged(instanceList.damaged);
      const instances = instanceList.items;
      instances.sort(
        (a, b) => (a.value.instance.image.instanceNumber ?? 0) - (b.value.instance.image.instanceNumber ?? 0),
      );
      const takenFiles = new Set<string>();
      for (const [i, instance] of instances.entries()) {
        if (control.stopped()) {
          cancelled = true;
          break outer;
        }
        const name = instanceFileName(instance.value.instance.image.instanceNumber, i + 1, takenFiles);
        const path = `${folder}/DICOM/${seriesFolder}/${name}`;
        let data: Uint8Array;
        try {
          data = await readOriginal(instance.address, instance.value.sha256);
        } catch (error) {
          failures.push({ file: `${OPEN_COPY_ROOT}/${path}`, reason: errorMessage(error) });
          failed++;
          control.progress(++files, total);
          continue;
        }
        await target.write(`${OPEN_COPY_ROOT}/${path}`, data);
        bytes += data.length;
        control.progress(++files, total);
      }
    }
  }
  await target.finish();
  await appendAudit('export', 'open copy', {
    kind: 'open-copy',
    encrypted: false,
    folder: `${target.name}/${OPEN_COPY_ROOT}`,
    studies: studies.length,
    files: files - failed,
    bytes,
    cancelled,
  });
  return {
    folder: `${target.name}/${OPEN_COPY_ROOT}`,
    studies: studies.length,
    files: files - failed,
    bytes,
    failures,
    cancelled,
  };
}
