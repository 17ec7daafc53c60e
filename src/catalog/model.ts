import type { DicomInstance, Flag, PatientInfo, SeriesInfo, StudyInfo } from '../domain/dicom';

/**
 * The sealed payloads of the catalog rows (storage/catalogRepository.ts). Their shapes are those of
 * payload format 1; format 2 only seals each row's links alongside (storage/catalogRows.ts).
 */

export interface StoredInstance {
  readonly instance: DicomInstance;
  readonly sha256: string;
  readonly size: number;
  /** Where it was found on the disc, folder or ZIP. */
  readonly sourcePath: string;
  readonly importedAt: string;
}

export interface StoredSeries {
  readonly info: SeriesInfo;
  readonly instanceCount: number;
  readonly frameCount: number;
  readonly byteSize: number;
  readonly flags: readonly Flag[];
}

export interface StoredStudy {
  readonly info: StudyInfo;
  readonly modalities: readonly string[];
  readonly bodyParts: readonly string[];
  readonly seriesCount: number;
  readonly instanceCount: number;
  readonly byteSize: number;
  readonly flags: readonly Flag[];
  readonly lastImportedAt: string;
}

export interface StoredPatient {
  readonly info: PatientInfo;
}
