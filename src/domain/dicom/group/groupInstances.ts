import type { DicomInstance, PatientInfo, SeriesInfo, StudyInfo } from '../model';
import { groupKeys } from './groupKeys';

/** One parsed file handed to grouping: its metadata, content hash (SHA-256 hex) and size. */
export interface GroupInput {
  readonly instance: DicomInstance;
  readonly sha256: string;
  readonly size: number;
  /** Where it was found (for messages); defaults to instance.fileName. */
  readonly path?: string;
}

export interface InstanceEntry {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
  readonly instance: DicomInstance;
}

export interface SeriesGroup {
  readonly key: string;
  readonly info: SeriesInfo;
  /** Sorted by instance number, then path. */
  readonly instances: readonly InstanceEntry[];
  readonly instanceCount: number;
  /** Frames over all instances (an instance without NumberOfFrames counts as one). */
  readonly frameCount: number;
  readonly byteSize: number;
}

export interface StudyGroup {
  readonly key: string;
  readonly info: StudyInfo;
  /** Modalities of its series (and ModalitiesInStudy), sorted, without repeats. */
  readonly modalities: readonly string[];
  readonly series: readonly SeriesGroup[];
  readonly instanceCount: number;
  readonly byteSize: number;
}

export interface PatientGroup {
  readonly key: string;
  readonly info: PatientInfo;
  readonly studies: readonly StudyGroup[];
  readonly instanceCount: number;
  readonly byteSize: number;
}

export interface Grouping {
  readonly patients: readonly PatientGroup[];
  /** Same SOP Instance UID and same bytes as a file already taken: counted, not added. */
  readonly duplicates: readonly {
    readonly path: string;
    readonly duplicateOf: string;
    readonly sopInstanceUid: string;
  }[];
  /** Same SOP Instance UID with different bytes: every version is kept, and listed here. */
  readonly conflicts: readonly { readonly sopInstanceUid: string; readonly paths: readonly string[] }[];
  readonly instanceCount: number;
  readonly byteSize: number;
}

/**
 * Files the parsed instances as Patient → Study → Series → Instance. Patients are told apart by
 * Patient ID + Issuer (by name and birth date when there is no ID), studies and series by their UIDs.
 */
export function groupInstances(inputs: readonly GroupInput[]): Grouping {
  const bySop = new Map<string, InstanceEntry[]>();
  const duplicates: { path: string; duplicateOf: string; sopInstanceUid: string }[] = [];
  const kept: InstanceEntry[] = [];
  for (const input of inputs) {
    const entry: InstanceEntry = {
      path: input.path ?? input.instance.fileName,
      sha256: input.sha256,
      size: input.size,
      instance: input.instance,
    };
    const uid = input.instance.image.sopInstanceUid;
    const same = bySop.get(uid) ?? [];
    const twin = same.find((e) => e.sha256 === entry.sha256);
    if (twin) {
      duplicates.push({ path: entry.path, duplicateOf: twin.path, sopInstanceUid: uid });
      continue;
    }
    same.push(entry);
    bySop.set(uid, same);
    kept.push(entry);
  }
  const conflicts = [...bySop.entries()]
    .filter(([, entries]) => entries.length > 1)
    .map(([sopInstanceUid, entries]) => ({ sopInstanceUid, paths: entries.map((e) => e.path) }));

  const tree = new Map<
    string,
    {
      info: PatientInfo;
      studies: Map<
        string,
        { info: StudyInfo; series: Map<string, { info: SeriesInfo; items: InstanceEntry[] }> }
      >;
    }
  >();
  for (const entry of kept) {
    const keys = groupKeys(entry.instance);
    const patient = tree.get(keys.patient) ?? { info: entry.instance.patient, studies: new Map() };
    tree.set(keys.patient, patient);
    const study = patient.studies.get(keys.study) ?? { info: entry.instance.study, series: new Map() };
    patient.studies.set(keys.study, study);
    const series = study.series.get(keys.series) ?? { info: entry.instance.series, items: [] };
    study.series.set(keys.series, series);
    series.items.push(entry);
  }

  const patients: PatientGroup[] = [...tree.entries()].map(([key, p]) => {
    const studies: StudyGroup[] = [...p.studies.entries()].map(([studyKey, s]) => {
      const series = [...s.series.entries()].map(([seriesKey, g]) => seriesGroup(seriesKey, g.info, g.items));
      series.sort(
        (a, b) => (a.info.number ?? Infinity) - (b.info.number ?? Infinity) || a.key.localeCompare(b.key),
      );
      const modalities = new Set([
        ...(s.info.modalitiesInStudy ?? []),
        ...series.flatMap((x) => x.info.modality ?? []),
      ]);
      return {
        key: studyKey,
        info: s.info,
        modalities: [...modalities].sort(),
        series,
        instanceCount: sum(series.map((x) => x.instanceCount)),
        byteSize: sum(series.map((x) => x.byteSize)),
      };
    });
    studies.sort(
      (a, b) => (b.info.date ?? '').localeCompare(a.info.date ?? '') || a.key.localeCompare(b.key),
    );
    return {
      key,
      info: p.info,
      studies,
      instanceCount: sum(studies.map((x) => x.instanceCount)),
      byteSize: sum(studies.map((x) => x.byteSize)),
    };
  });
  patients.sort(
    (a, b) => (a.info.name?.text ?? '').localeCompare(b.info.name?.text ?? '') || a.key.localeCompare(b.key),
  );
  return {
    patients,
    duplicates,
    conflicts,
    instanceCount: kept.length,
    byteSize: sum(kept.map((e) => e.size)),
  };
}

function seriesGroup(key: string, info: SeriesInfo, items: InstanceEntry[]): SeriesGroup {
  const instances = [...items].sort(
    (a, b) =>
      (a.instance.image.instanceNumber ?? Infinity) - (b.instance.image.instanceNumber ?? Infinity) ||
      a.path.localeCompare(b.path),
  );
  return {
    key,
    info,
    instances,
    instanceCount: instances.length,
    frameCount: sum(instances.map((e) => Math.max(1, e.instance.image.numberOfFrames ?? 1))),
    byteSize: sum(instances.map((e) => e.size)),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
