import { characterSet } from '../charset/characterSet';
import type {
  DicomInstance,
  ImageInfo,
  PatientInfo,
  PixelDataLocation,
  SeriesInfo,
  StudyInfo,
} from '../model';
import { sopClassName } from '../uids/sopClasses';
import { transferSyntax } from '../uids/transferSyntaxes';
import { asciiValue, asciiValues, number, numbers, personName, textValue, uint16 } from './elementReaders';
import type { DataSetRead } from './readDataSet';

/** Drops undefined members so stored records stay small and compare equal after a JSON round trip. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Builds the metadata record of one instance from its parsed data set. Fails (with the reason) only when
 * the instance cannot be identified (no SOP Instance UID) or its pixel data is cut short.
 */
export function extractInstance(
  read: DataSetRead,
  fileName: string,
  fileLength: number,
): { ok: true; instance: DicomInstance } | { ok: false; reason: string } {
  const ds = read.dataSet;
  const warnings = [...read.warnings];
  const charsetTerms = asciiValue(ds, 'x00080005')?.split('\\') ?? [];
  const charset = characterSet(charsetTerms);
  if (charset.warning) warnings.push(charset.warning);

  let sopInstanceUid = asciiValue(ds, 'x00080018');
  const metaInstance = read.meta ? asciiValue(read.meta, 'x00020003') : undefined;
  if (!sopInstanceUid && metaInstance) {
    sopInstanceUid = metaInstance;
    warnings.push(
      'SOP Instance UID (0008,0018) missing: the file meta Media Storage SOP Instance UID is used',
    );
  }
  if (!sopInstanceUid)
    return { ok: false, reason: 'missing SOP Instance UID (0008,0018): the file cannot be identified' };
  const studyInstanceUid = asciiValue(ds, 'x0020000d');
  const seriesInstanceUid = asciiValue(ds, 'x0020000e');
  if (!studyInstanceUid)
    warnings.push('Study Instance UID (0020,000D) missing: filed under an unidentified study');
  if (!seriesInstanceUid)
    warnings.push('Series Instance UID (0020,000E) missing: filed under an unidentified series');

  const patient: PatientInfo = defined({
    name: personName(ds, 'x00100010', charset),
    id: textValue(ds, 'x00100020', 'LO', charset),
    issuerOfId: textValue(ds, 'x00100021', 'LO', charset),
    birthDate: asciiValue(ds, 'x00100030'),
    sex: asciiValue(ds, 'x00100040'),
  });
  const study: StudyInfo = defined({
    studyInstanceUid,
    studyId: textValue(ds, 'x00200010', 'SH', charset),
    date: asciiValue(ds, 'x00080020'),
    time: asciiValue(ds, 'x00080030'),
    description: textValue(ds, 'x00081030', 'LO', charset),
    accessionNumber: textValue(ds, 'x00080050', 'SH', charset),
    referringPhysician: personName(ds, 'x00080090', charset),
    institution: textValue(ds, 'x00080080', 'LO', charset),
    modalitiesInStudy: asciiValues(ds, 'x00080061'),
    bodyPart: asciiValue(ds, 'x00180015'),
  });
  const series: SeriesInfo = defined({
    seriesInstanceUid,
    modality: asciiValue(ds, 'x00080060'),
    number: number(ds, 'x00200011'),
    description: textValue(ds, 'x0008103e', 'LO', charset),
    bodyPart: asciiValue(ds, 'x00180015'),
    frameOfReferenceUid: asciiValue(ds, 'x00200052'),
  });

  const sopClassUid =
    asciiValue(ds, 'x00080016') ?? (read.meta ? asciiValue(read.meta, 'x00020002') : undefined) ?? '';
  if (!sopClassUid) warnings.push('SOP Class UID (0008,0016) missing');
  const syntax = transferSyntax(read.transferSyntaxUid);
  const image: ImageInfo = defined({
    sopClassUid,
    sopClassName: sopClassName(sopClassUid),
    sopInstanceUid,
    transferSyntaxUid: read.transferSyntaxUid,
    transferSyntaxName: syntax?.name,
    lossyTransferSyntax: syntax?.lossy ?? 'maybe',
    instanceNumber: number(ds, 'x00200013'),
    imagePositionPatient: numbers(ds, 'x00200032', 3),
    imageOrientationPatient: numbers(ds, 'x00200037', 6),
    sliceLocation: number(ds, 'x00201041'),
    sliceThickness: number(ds, 'x00180050'),
    rows: uint16(ds, 'x00280010'),
    columns: uint16(ds, 'x00280011'),
    numberOfFrames: number(ds, 'x00280008'),
    pixelSpacing: numbers(ds, 'x00280030', 2),
    imagerPixelSpacing: numbers(ds, 'x00181164', 2),
    photometricInterpretation: asciiValue(ds, 'x00280004'),
    bitsAllocated: uint16(ds, 'x00280100'),
    bitsStored: uint16(ds, 'x00280101'),
    pixelRepresentation: uint16(ds, 'x00280103'),
    lossyImageCompression: asciiValue(ds, 'x00282110'),
    burnedInAnnotation: asciiValue(ds, 'x00280301')?.toUpperCase(),
  });

  const pixel = pixelData(read, syntax?.encapsulated);
  if (pixel && pixel.length !== undefined && pixel.offset + pixel.length > fileLength) {
    return {
      ok: false,
      reason:
        `truncated at byte ${fileLength}: Pixel Data (7FE0,0010) declares ${pixel.length} bytes from byte ` +
        `${pixel.offset}, ${pixel.offset + pixel.length - fileLength} bytes are missing`,
    };
  }

  const instance: DicomInstance = defined({
    fileName,
    layout: read.layout,
    specificCharacterSet: charset.terms,
    patient,
    study,
    series,
    image,
    pixelData: pixel,
    warnings,
  });
  return { ok: true, instance };
}

function pixelData(
  read: DataSetRead,
  encapsulatedSyntax: boolean | undefined,
): PixelDataLocation | undefined {
  const element = read.dataSet.elements['x7fe00010'];
  if (!element || read.shift === undefined) return undefined;
  const undefinedLength = element.length === 0xffffffff;
  return defined({
    offset: element.dataOffset + read.shift,
    length: undefinedLength ? undefined : element.length,
    encapsulated: undefinedLength || encapsulatedSyntax === true,
  });
}
