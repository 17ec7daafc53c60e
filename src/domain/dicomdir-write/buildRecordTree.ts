import type { DirectoryInstance } from './model';
import type { RecordType } from './recordKeys';
import { recordTypeForSopClass } from './recordTypeForSopClass';

/** One node of the PATIENT → STUDY → SERIES → leaf hierarchy, before encoding. */
export interface RecordNode {
  readonly type: RecordType;
  /** The instance whose values fill this record (the first one met for PATIENT, STUDY and SERIES). */
  readonly instance: DirectoryInstance;
  /** 1-based position among its siblings, used when a Type 1 number has to be invented. */
  readonly ordinal: number;
  readonly children: RecordNode[];
}

const FILE_ID_COMPONENT = /^[A-Z0-9_]{1,8}$/;

function textKey(value: string | Uint8Array): string {
  return typeof value === 'string'
    ? value.trim()
    : String.fromCharCode(...value)
        .replace(/[ \0]+$/, '')
        .trim();
}

function numeric(value: string | undefined): number {
  const n = value === undefined ? NaN : Number.parseInt(value.trim(), 10);
  return Number.isFinite(n) ? n : Number.POSITIVE_INFINITY;
}

/** Stable sort by a DICOM IS value; missing or unreadable numbers go last, in input order. */
function byNumber(nodes: RecordNode[], value: (node: RecordNode) => string | undefined): void {
  const order = new Map(nodes.map((n, i) => [n, i]));
  nodes.sort((a, b) => numeric(value(a)) - numeric(value(b)) || (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/**
 * Groups instances into the File-set hierarchy: patients by Patient ID (PS3.11 STD-GEN profiles want one
 * PATIENT record per ID), studies by Study Instance UID, series by Series Instance UID. Patients and studies
 * keep the order of the input; series and instances are sorted by their numbers so viewers list them in
 * order. Instances repeating a SOP Instance UID or a File ID are left out with a warning.
 */
export function buildRecordTree(
  instances: readonly DirectoryInstance[],
  warn: (message: string) => void,
): RecordNode[] {
  const patients = new Map<
    string,
    { node: RecordNode; studies: Map<string, { node: RecordNode; series: Map<string, RecordNode> }> }
  >();
  const seenSop = new Set<string>();
  const seenFile = new Set<string>();
  for (const instance of instances) {
    const fileId = instance.fileId.join('\\');
    if (
      instance.fileId.length < 1 ||
      instance.fileId.length > 8 ||
      !instance.fileId.every((c) => FILE_ID_COMPONENT.test(c))
    ) {
      throw new Error(
        `File ID "${fileId}" is not valid: 1 to 8 components of 1 to 8 characters A-Z 0-9 _ (PS3.10 8.2).`,
      );
    }
    if (seenFile.has(fileId)) {
      warn(`File ID ${fileId} is given twice; the second instance (${instance.sopInstanceUid}) is left out.`);
      continue;
    }
    if (seenSop.has(instance.sopInstanceUid)) {
      warn(
        `SOP Instance UID ${instance.sopInstanceUid} appears twice; ${fileId} is left out of the DICOMDIR.`,
      );
      continue;
    }
    seenFile.add(fileId);
    seenSop.add(instance.sopInstanceUid);

    const patientKey = textKey(instance.patient.patientId);
    let patient = patients.get(patientKey);
    if (!patient) {
      patient = {
        node: { type: 'PATIENT', instance, ordinal: patients.size + 1, children: [] },
        studies: new Map(),
      };
      patients.set(patientKey, patient);
    }
    const studyKey = instance.study.studyInstanceUid;
    let study = patient.studies.get(studyKey);
    if (!study) {
      study = {
        node: { type: 'STUDY', instance, ordinal: patient.studies.size + 1, children: [] },
        series: new Map(),
      };
      patient.studies.set(studyKey, study);
      patient.node.children.push(study.node);
    }
    const seriesKey = instance.series.seriesInstanceUid;
    let series = study.series.get(seriesKey);
    if (!series) {
      series = { type: 'SERIES', instance, ordinal: study.series.size + 1, children: [] };
      study.series.set(seriesKey, series);
      study.node.children.push(series);
    }
    series.children.push({
      type: recordTypeForSopClass(instance.sopClassUid),
      instance,
      ordinal: series.children.length + 1,
      children: [],
    });
  }
  for (const { studies } of patients.values()) {
    for (const { node: study } of studies.values()) {
      byNumber(study.children, (n) => n.instance.series.seriesNumber);
      for (const series of study.children) byNumber(series.children, (n) => n.instance.instanceNumber);
    }
  }
  return [...patients.values()].map((p) => p.node);
}
