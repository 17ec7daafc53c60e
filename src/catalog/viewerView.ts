import type { DicomInstance, SeriesInfo, StudyInfo, PatientInfo } from '../domain/dicom';
import {
  readInstances,
  readPatients,
  readSeries,
  readStudies,
  type DamagedRow,
} from '../storage/catalogRepository';
import { personLabel } from './labels';

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
 * The viewer's studies, newest first. Damaged rows are left out here (the library names them), so
 * they never show under the wrong parent.
 */
export async function viewerStudies(): Promise<ViewerStudy[]> {
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
}

/** The series of a study, by series number. */
export async function viewerSeries(studyId: string): Promise<ViewerSeries[]> {
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
}

/**
 * The instances of a series, each with the SHA-256 it was imported with (reading its original checks
 * the file against it), and the instance rows left out because they are damaged.
 */
export async function viewerInstances(seriesId: string): Promise<{
  readonly instances: { readonly instance: ViewerInstance; readonly sha256?: string }[];
  readonly damaged: readonly DamagedRow[];
}> {
  const { items, damaged } = await readInstances(seriesId);
  const instances = items.map((i) => {
    const sha256: unknown = i.value.sha256;
    const instance = toViewerInstance(i.id, i.address, i.value.instance);
    return typeof sha256 === 'string' ? { instance, sha256 } : { instance };
  });
  return { instances, damaged };
}
