import type { DicomInstance } from '../model';

export interface GroupKeys {
  readonly patient: string;
  readonly study: string;
  readonly series: string;
}

/**
 * The keys that decide which patient, study and series an instance belongs to. A Patient ID means
 * something only together with its issuer (two hospitals can hand out the same number), so both go in
 * the key; without an ID the decoded name and birth date stand in. Missing UIDs fall back to keys
 * built from what the file does say, so such files still land together rather than one per group.
 */
export function groupKeys(instance: DicomInstance): GroupKeys {
  const { patient, study, series } = instance;
  const patientKey = patient.id
    ? `id:${patient.id}|issuer:${patient.issuerOfId ?? ''}`
    : `name:${patient.name?.text ?? ''}|birth:${patient.birthDate ?? ''}`;
  const studyKey =
    study.studyInstanceUid ?? `no-uid|${patientKey}|${study.date ?? ''}|${study.description ?? ''}`;
  const seriesKey =
    series.seriesInstanceUid ?? `no-uid|${studyKey}|${series.modality ?? ''}|${series.number ?? ''}`;
  return { patient: patientKey, study: studyKey, series: seriesKey };
}
