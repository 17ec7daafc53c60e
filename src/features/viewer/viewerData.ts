import type { DicomInstance, SeriesInfo, StudyInfo, PatientInfo } from '../../domain/dicom';
import {
  personLabel,
  readInstances,
  readPatients,
  readSeries,
  readStudies,
  type DamagedRow,
} from '../../catalog';
import { readOriginal } from '../../storage/originalsRepository';

/** What a viewport shows in its corners, taken from the instance's own header. */
export interface ViewerHeader {
  readonly patientName?: string;
  readonly patientId?: string;
  readonly birthDate?: string;
  readonly sex?: string;
  readonly studyDate?: string;
  readonly studyDescription?: string;
  readonly seriesDescription?: string;
  readonly seriesNumber?: number;
  readonly modality?: string;
  readonly frameOfReferenceUid?: string;
}

export interface ViewerInstance {
  readonly id: string;
  /** The stored original (storage/originalsRepository.ts address). */
  readonly address: string;
  readonly sopInstanceUid?: string;
  readonly instanceNumber?: number;
  readonly imagePositionPatient?: readonly number[];
  readonly imageOrientationPatient?: readonly number[];
  readonly sliceLocation?: number;
  readonly numberOfFrames: number;
  readonly pixelSpacing?: readonly number[];
  readonly imagerPixelSpacing?: readonly number[];
  /** The transfer syntax or Lossy Image Compression says the pixels were compressed lossily. */
  readonly lossy: boolean;
  readonly header: ViewerHeader;
}

export interface ViewerSeries {
  readonly id: string;
  readonly description?: string;
  readonly modality?: string;
  readonly number?: number;
  /** Frames (images) in the series, when the catalog says. */
  readonly imageCount?: number;
}

export interface ViewerStudy {
  readonly id: string;
  readonly patientName?: string;
  readonly date?: string;
  readonly description?: string;
  readonly modalities: readonly string[];
}

/** Where the viewer's studies come from; the repositories in the app, anything in a test. */
export interface ViewerData {
  listStudies(): Promise<ViewerStudy[]>;
  listSeriesOfStudy(studyId: string): Promise<ViewerSeries[]>;
  listInstancesOfSeries(seriesId: string): Promise<ViewerInstance[]>;
  readOriginal(address: string): Promise<Uint8Array>;
  /** The instance rows of a series that were left out of the last listing because they are damaged. */
  damagedInstancesOf?(seriesId: string): readonly DamagedRow[];
}

type Loose = Readonly<Record<string, unknown>>;
const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null;

function toViewerInstance(id: string, address: string, value: unknown): ViewerInstance {
  const instance = (isObject(value) ? value : {}) as Partial<DicomInstance>;
  const image = instance.image;
  const frames = image?.numberOfFrames;
  const lossyImageCompression = image?.lossyImageCompression?.trim();
  return {
    id,
    address,
    ...(image?.sopInstanceUid ? { sopInstanceUid: image.sopInstanceUid } : {}),
    ...(image?.instanceNumber !== undefined ? { instanceNumber: image.instanceNumber } : {}),
    ...(image?.imagePositionPatient ? { imagePositionPatient: image.imagePositionPatient } : {}),
    ...(image?.imageOrientationPatient ? { imageOrientationPatient: image.imageOrientationPatient } : {}),
    ...(image?.sliceLocation !== undefined ? { sliceLocation: image.sliceLocation } : {}),
    ...(image?.pixelSpacing ? { pixelSpacing: image.pixelSpacing } : {}),
    ...(image?.imagerPixelSpacing ? { imagerPixelSpacing: image.imagerPixelSpacing } : {}),
    numberOfFrames: frames !== undefined && frames > 0 ? frames : 1,
    lossy: image?.lossyTransferSyntax === 'yes' || lossyImageCompression === '01',
    header: headerOf(instance.patient, instance.study, instance.series),
  };
}

function headerOf(
  patient: PatientInfo | undefined,
  study: StudyInfo | undefined,
  series: SeriesInfo | undefined,
): ViewerHeader {
  const entries: [keyof ViewerHeader, string | number | undefined][] = [
    ['patientName', personLabel(patient?.name)],
    ['patientId', patient?.id],
    ['birthDate', patient?.birthDate],
    ['sex', patient?.sex],
    ['studyDate', study?.date],
    ['studyDescription', study?.description],
    ['seriesDescription', series?.description],
    ['seriesNumber', series?.number],
    ['modality', series?.modality],
    ['frameOfReferenceUid', series?.frameOfReferenceUid],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined && v !== '')) as ViewerHeader;
}

/**
 * The SHA-256 each listed instance was imported with, by its original's address: reading an original
 * checks the file's own sealed SHA-256 against it, so a swapped address never shows another file.
 */
const importedSha256 = new Map<string, string>();
const damagedBySeries = new Map<string, readonly DamagedRow[]>();

/**
 * The viewer's data read from the vault's catalog and originals (sealed rows, opened on the way out).
 * Damaged rows are left out here (the library names them), so they never show under the wrong parent.
 */
export const vaultViewerData: ViewerData = {
  async listStudies() {
    const [patients, studies] = await Promise.all([
      readPatients().then((l) => l.items),
      readStudies().then((l) => l.items),
    ]);
    const names = new Map(patients.map((p) => [p.id, personLabel(p.value.info.name)] as const));
    return studies
      .map((s) => {
        const info = s.value.info;
        const listed: unknown = s.value.modalities ?? info.modalitiesInStudy;
        const modalities = Array.isArray(listed)
          ? listed.filter((m): m is string => typeof m === 'string')
          : [];
        const patientName = names.get(s.patientId);
        return {
          id: s.id,
          ...(patientName ? { patientName } : {}),
          ...(info.date ? { date: info.date } : {}),
          ...(info.description ? { description: info.description } : {}),
          modalities,
        };
      })
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  },
  async listSeriesOfStudy(studyId) {
    const series = (await readSeries(studyId)).items;
    return series
      .map((s) => {
        const info = s.value.info;
        const counted: unknown = s.value.frameCount ?? s.value.instanceCount;
        return {
          ...(typeof counted === 'number' ? { imageCount: counted } : {}),
          id: s.id,
          ...(info.description ? { description: info.description } : {}),
          ...(info.modality ? { modality: info.modality } : {}),
          ...(info.number !== undefined ? { number: info.number } : {}),
        };
      })
      .sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));
  },
  async listInstancesOfSeries(seriesId) {
    const { items: instances, damaged } = await readInstances(seriesId);
    damagedBySeries.set(seriesId, damaged);
    for (const i of instances) {
      const sha256: unknown = i.value.sha256;
      if (typeof sha256 === 'string') importedSha256.set(i.address, sha256);
    }
    return instances.map((i) => toViewerInstance(i.id, i.address, i.value.instance));
  },
  readOriginal: (address) => readOriginal(address, importedSha256.get(address)),
  damagedInstancesOf: (seriesId) => damagedBySeries.get(seriesId) ?? [],
};
