import { readPatients, readStudies } from '../storage/catalogRepository';
import { catalogDamageNotice, trueParentId, type DamagedNotice } from './damageNotices';
import { patientName } from './labels';
import type { StoredPatient, StoredStudy } from './model';

export interface LibraryStudy {
  readonly id: string;
  readonly patientId: string;
  readonly study: StoredStudy;
}

export interface LibraryPatient {
  readonly id: string;
  readonly patient: StoredPatient;
  readonly studies: readonly LibraryStudy[];
  /** The patient's own row is damaged (or gone): its studies are still listed, under a placeholder. */
  readonly damaged?: boolean;
}

export interface Library {
  readonly patients: LibraryPatient[];
  readonly damaged: DamagedNotice[];
}

const byDateDesc = (a: LibraryStudy, b: LibraryStudy) =>
  (b.study.info.date ?? '').localeCompare(a.study.info.date ?? '');

/**
 * The whole catalog, opened: patients with their studies, newest study first. A damaged row is named
 * in `damaged` and never hides the rest: the studies of a damaged patient row are listed under a
 * placeholder, a damaged study is left out (its patient and every other study still show).
 */
export async function loadLibrary(): Promise<Library> {
  const [patients, studies] = await Promise.all([readPatients(), readStudies()]);
  const known = new Set(patients.items.map((p) => p.id));
  const nameOf = (id: string | undefined) => {
    const patient = patients.items.find((p) => p.id === id)?.value;
    return patientName(patient?.info);
  };
  const studiesOf = (patientId: string) =>
    studies.items
      .filter((s) => s.patientId === patientId)
      .map((s) => ({ id: s.id, patientId: s.patientId, study: s.value }))
      .sort(byDateDesc);
  const listed: LibraryPatient[] = patients.items
    .map((p) => ({ id: p.id, patient: p.value, studies: studiesOf(p.id) }))
    .filter((p) => p.studies.length > 0)
    .sort((a, b) => (a.patient.info.name?.text ?? '').localeCompare(b.patient.info.name?.text ?? ''));
  const orphanIds = [...new Set(studies.items.map((s) => s.patientId).filter((id) => !known.has(id)))];
  const orphans = orphanIds.map((id) => ({
    id,
    patient: { info: {} } as StoredPatient,
    studies: studiesOf(id),
    damaged: true,
  }));
  const damaged = [...patients.damaged, ...studies.damaged].map((row) =>
    catalogDamageNotice(row, nameOf(trueParentId(row))),
  );
  return { patients: [...listed, ...orphans], damaged };
}
