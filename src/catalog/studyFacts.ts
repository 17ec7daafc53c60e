import type { CatalogStudyFacts } from '../domain/records';
import { readStudies } from '../storage/catalogRepository';

/** A study as the care record and the specialists' shares refer to it. */
export interface StudyFacts extends CatalogStudyFacts {
  readonly description: string;
}

export async function loadStudyFacts(): Promise<StudyFacts[]> {
  // Damaged study rows are named by the library; the records screen works with the rest.
  return (await readStudies()).items.map(({ id, value }) => ({
    id,
    studyUid: value.info.studyInstanceUid ?? '',
    date: value.info.date,
    modalities: value.modalities,
    bodyParts: value.bodyParts,
    institution: value.info.institution ?? '',
    description: value.info.description ?? '',
  }));
}
