/** What placing an instance in the File-set hierarchy needs to know about it. */
export interface FileIdInput {
  readonly patientId: string;
  readonly studyInstanceUid: string;
  readonly seriesInstanceUid: string;
}

function component(prefix: string, n: number): string {
  const digits = 8 - prefix.length;
  if (n >= 10 ** digits) {
    throw new Error(
      `More than ${10 ** digits - 1} "${prefix}" folders in one parent: 8-character File IDs cannot number them.`,
    );
  }
  return prefix + String(n).padStart(digits, '0');
}

/**
 * File IDs for a File-set, one per input in the same order: DICOM\Pnnnnnnn\Snnnnnnn\SEnnnnnn\Innnnnnn.
 * Every component is at most 8 characters of A-Z 0-9 (PS3.10 8.2, PS3.12 / STD-GEN profiles: uppercase,
 * no extension), five levels out of the eight allowed. Numbers count from 1 within the parent folder,
 * in input order, so the same input always gets the same IDs.
 */
export function assignFileIds(instances: readonly FileIdInput[]): string[][] {
  const patients = new Map<
    string,
    { n: number; studies: Map<string, { n: number; series: Map<string, { n: number; count: number }> }> }
  >();
  return instances.map((instance) => {
    let patient = patients.get(instance.patientId);
    if (!patient) {
      patient = { n: patients.size + 1, studies: new Map() };
      patients.set(instance.patientId, patient);
    }
    let study = patient.studies.get(instance.studyInstanceUid);
    if (!study) {
      study = { n: patient.studies.size + 1, series: new Map() };
      patient.studies.set(instance.studyInstanceUid, study);
    }
    let series = study.series.get(instance.seriesInstanceUid);
    if (!series) {
      series = { n: study.series.size + 1, count: 0 };
      study.series.set(instance.seriesInstanceUid, series);
    }
    series.count += 1;
    return [
      'DICOM',
      component('P', patient.n),
      component('S', study.n),
      component('SE', series.n),
      component('I', series.count),
    ];
  });
}
