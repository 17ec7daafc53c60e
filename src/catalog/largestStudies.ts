import { readPatients, readStudies } from '../storage/catalogRepository';
import { patientLabel, studyLabel } from './fileLabels';

export interface SizedStudy {
  readonly id: string;
  readonly label: string;
  readonly patient: string;
  readonly size: number;
  readonly files: number;
}

/** The `count` studies taking the most room, largest first, each named for a person. */
export async function largestStudies(count: number): Promise<SizedStudy[]> {
  // A damaged patient row still lets its studies be listed and deleted; a damaged study row is named
  // by the library and cannot be sized here.
  const [all, patients] = await Promise.all([
    readStudies().then((l) => l.items),
    readPatients().then((l) => l.items),
  ]);
  const byId = new Map(patients.map((p) => [p.id, p.value]));
  return all
    .map((s) => ({
      id: s.id,
      label: studyLabel(s.value),
      patient: patientLabel(byId.get(s.patientId)),
      size: s.value.byteSize,
      files: s.value.instanceCount,
    }))
    .sort((a, b) => b.size - a.size)
    .slice(0, count);
}
