/**
 * The metadata kept for every imported DICOM instance. Plain data only (strings, numbers, arrays, nested
 * objects; absent values are left out), so it can be sealed, stored and posted between workers as is.
 * Strings are decoded and trimmed of DICOM padding; dates (DA) stay as written, "YYYYMMDD", times (TM)
 * "HHMMSS.FFFFFF".
 */

/** One component group of a person name (PS3.5 6.2.1): family^given^middle^prefix^suffix. */
export interface PersonNameGroup {
  /** The decoded group as written, e.g. "Yamada^Tarou". */
  readonly text: string;
  readonly family: string;
  readonly given: string;
  readonly middle: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** A decoded PN value: alphabetic=ideographic=phonetic groups, each decoded with its own escapes. */
export interface PersonName {
  /** The whole decoded value, e.g. "Yamada^Tarou=山田^太郎=やまだ^たろう". */
  readonly text: string;
  readonly alphabetic: PersonNameGroup;
  readonly ideographic?: PersonNameGroup;
  readonly phonetic?: PersonNameGroup;
}

export interface PatientInfo {
  readonly name?: PersonName;
  readonly id?: string;
  readonly issuerOfId?: string;
  readonly birthDate?: string;
  readonly sex?: string;
}

/** Study and Series Instance UIDs are absent only in damaged or test files; grouping then says so. */
export interface StudyInfo {
  readonly studyInstanceUid?: string;
  readonly studyId?: string;
  readonly date?: string;
  readonly time?: string;
  readonly description?: string;
  readonly accessionNumber?: string;
  readonly referringPhysician?: PersonName;
  readonly institution?: string;
  readonly modalitiesInStudy?: readonly string[];
  readonly bodyPart?: string;
}

export interface SeriesInfo {
  readonly seriesInstanceUid?: string;
  readonly modality?: string;
  readonly number?: number;
  readonly description?: string;
  readonly bodyPart?: string;
  readonly frameOfReferenceUid?: string;
}

/** "yes": the syntax always discards information; "maybe": it may (JPEG 2000, HTJ2K, JPEG XL). */
export type LossyTransferSyntax = 'yes' | 'no' | 'maybe';

/** Where Pixel Data (7FE0,0010) sits in the file's bytes, when the header parse saw it. */
export interface PixelDataLocation {
  readonly offset: number;
  /** Byte length of the value; undefined for encapsulated data (undefined length, fragments follow). */
  readonly length?: number;
  readonly encapsulated: boolean;
}

/** How the file was laid out on disc. "raw": a data set without preamble and file meta information. */
export type DicomFileLayout = 'part10' | 'raw';

export interface ImageInfo {
  readonly sopClassUid: string;
  readonly sopClassName?: string;
  readonly sopInstanceUid: string;
  readonly transferSyntaxUid: string;
  readonly transferSyntaxName?: string;
  readonly lossyTransferSyntax: LossyTransferSyntax;
  readonly instanceNumber?: number;
  readonly imagePositionPatient?: readonly number[];
  readonly imageOrientationPatient?: readonly number[];
  readonly sliceLocation?: number;
  readonly sliceThickness?: number;
  readonly rows?: number;
  readonly columns?: number;
  readonly numberOfFrames?: number;
  readonly pixelSpacing?: readonly number[];
  readonly imagerPixelSpacing?: readonly number[];
  readonly photometricInterpretation?: string;
  readonly bitsAllocated?: number;
  readonly bitsStored?: number;
  readonly pixelRepresentation?: number;
  /** LossyImageCompression (0028,2110): "00" never lossy-compressed, "01" was. */
  readonly lossyImageCompression?: string;
  /** BurnedInAnnotation (0028,0301): "YES" / "NO". */
  readonly burnedInAnnotation?: string;
}

export interface DicomInstance {
  /** The name the file had where it was found (for messages). */
  readonly fileName: string;
  readonly layout: DicomFileLayout;
  readonly specificCharacterSet: readonly string[];
  readonly patient: PatientInfo;
  readonly study: StudyInfo;
  readonly series: SeriesInfo;
  readonly image: ImageInfo;
  readonly pixelData?: PixelDataLocation;
  /** Things worth telling the user that did not stop the file being read. */
  readonly warnings: readonly string[];
}

export type ParseResult =
  { readonly ok: true; readonly instance: DicomInstance } | { readonly ok: false; readonly reason: string };
