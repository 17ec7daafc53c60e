import { readInstances, readPatients, readSeries, readStudies } from '../storage/catalogRepository';
import { t } from '../ui/i18n/catalog';
import { dateLabel, patientName } from './labels';
import type { StoredPatient, StoredStudy } from './model';

/** Who and what a stored file belongs to, in words: for naming a failure so a person can find it. */
export interface FileLabel {
  readonly patient: string;
  readonly study: string;
  readonly file: string;
}

/** A study for a person: its date and what it is (its description, else its modalities and body part). */
export function studyLabel(study: StoredStudy): string {
  const date = dateLabel(study.info.date) ?? t('labels.undated');
  const what =
    study.info.description || [study.modalities.join('/'), study.bodyParts[0]].filter(Boolean).join(' ');
  return `${date} ${what}`.trim();
}

export function patientLabel(patient: StoredPatient | undefined): string {
  return patientName(patient?.info) ?? t('labels.unnamedPatient');
}

/**
 * Every stored file's labels, by content address (one file may be referenced by several instances).
 * Damaged rows are left out: naming must not fail because of the damage it is naming.
 */
export async function labelsByAddress(): Promise<Map<string, FileLabel[]>> {
  const [patients, studies, series, instances] = await Promise.all([
    readPatients().then((l) => l.items),
    readStudies().then((l) => l.items),
    readSeries().then((l) => l.items),
    readInstances().then((l) => l.items),
  ]);
  const patientById = new Map(patients.map((p) => [p.id, p.value]));
  const studyById = new Map(studies.map((s) => [s.id, s]));
  const studyOfSeries = new Map(series.map((s) => [s.id, s.studyId]));
  const out = new Map<string, FileLabel[]>();
  for (const instance of instances) {
    const study = studyById.get(studyOfSeries.get(instance.seriesId) ?? '');
    const label: FileLabel = {
      patient: patientLabel(study ? patientById.get(study.patientId) : undefined),
      study: study ? studyLabel(study.value) : 'a study not yet in the library',
      file: instance.value.sourcePath || instance.value.instance.fileName,
    };
    out.set(instance.address, [...(out.get(instance.address) ?? []), label]);
  }
  return out;
}
