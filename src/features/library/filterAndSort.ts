import type { LibraryPatient, LibraryStudy } from '../../catalog';

export type LibrarySort = 'dateDesc' | 'dateAsc' | 'description' | 'size';

/** Studies matching every word of the query in the patient's name or ID, or the study's text fields. */
export function filterAndSort(
  patients: readonly LibraryPatient[],
  query: string,
  sort: LibrarySort,
): LibraryPatient[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const compare = (a: LibraryStudy, b: LibraryStudy): number => {
    switch (sort) {
      case 'dateAsc':
        return (a.study.info.date ?? '').localeCompare(b.study.info.date ?? '');
      case 'description':
        return (a.study.info.description ?? '').localeCompare(b.study.info.description ?? '');
      case 'size':
        return b.study.byteSize - a.study.byteSize;
      default:
        return (b.study.info.date ?? '').localeCompare(a.study.info.date ?? '');
    }
  };
  return patients
    .map((p) => {
      const patientText = [p.patient.info.name?.text, p.patient.info.id].join(' ').toLowerCase();
      const studies = p.studies.filter((s) => {
        const text = [
          patientText,
          s.study.info.description,
          s.study.info.date,
          s.study.info.accessionNumber,
          s.study.info.institution,
          ...s.study.modalities,
          ...s.study.bodyParts,
        ]
          .join(' ')
          .toLowerCase();
        return words.every((w) => text.includes(w));
      });
      return { ...p, studies: [...studies].sort(compare) };
    })
    .filter((p) => p.studies.length > 0);
}
