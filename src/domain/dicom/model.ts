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
  readonly name?: PersonName | undefined;
  readonly id?: string | undefined;
  readonly issuerOfId?: string | undefined;
  readonly birthDate?: string | undefined;
  readonly sex?: string | undefined;
}

/** Study and Series Instance UIDs are absent only in damaged or test files; grouping then says so. */
export interface StudyInfo {
  readonly studyInstanceUid?: string | undefined;
  readonly studyId?: string | undefined;
  readonly date?: string | undefined;
  readonly time?: string | undefined;
  readonly description?: string | undefined;
  readonly accessionNumber?: string | undefined;
  readonly referringPhysician?: PersonName | undefined;
  readonly institution?: string | undefined;
  readonly modalitiesInStudy?: readonly string[] | undefined;
  readonly bodyPart?: string | undefined;
}

export interface SeriesInfo {
  readonly seriesInstanceUid?: string | undefined;
  readonly modality?: string | undefined;
  readonly number?: number | undefined;
  readonly description?: string | undefined;
  readonly bodyPart?: string | undefined;
  readonly frameOfReferenceUid?: string | undefined;
}

/** "yes": the syntax always discards information; "maybe": it may (JPEG 2000, HTJ2K, JPEG XL). */
export type LossyTransferSyntax = 'yes' | 'no' | 'maybe';

/** Where Pixel Data (7FE0,0010) sits in the file's bytes, when the header parse saw it. */
export interface PixelDataLocation {
  readonly offset: number;
  /** Byte length of the value; undefined for encapsulated data (undefined length, fragments follow). */
  readonly length?: number | undefined;
  readonly encapsulated: boolean;
}

/** How the file was laid out on disc. "raw": a data set without preamble and file meta information. */
export type DicomFileLayout = 'part10' | 'raw';

export interface ImageInfo {
  readonly sopClassUid: string;
  readonly sopClassName?: string | undefined;
  readonly sopInstanceUid: string;
  readonly transferSyntaxUid: string;
  readonly transferSyntaxName?: string | undefined;
  readonly lossyTransferSyntax: LossyTransferSyntax;
  readonly instanceNumber?: number | undefined;
  readonly imagePositionPatient?: readonly number[] | undefined;
  readonly imageOrientationPatient?: readonly number[] | undefined;
  readonly sliceLocation?: number | undefined;
  readonly sliceThickness?: number | undefined;
  readonly rows?: number | undefined;
  readonly columns?: number | undefined;
  readonly numberOfFrames?: number | undefined;
  readonly pixelSpacing?: readonly number[] | undefined;
  readonly imagerPixelSpacing?: readonly number[] | undefined;
  readonly photometricInterpretation?: string | undefined;
  readonly bitsAllocated?: number | undefined;
  readonly bitsStored?: number | undefined;
  readonly pixelRepresentation?: number | undefined;
  /** LossyImageCompression (0028,2110): "00" never lossy-compressed, "01" was. */
  readonly lossyImageCompression?: string | undefined;
  /** BurnedInAnnotation (0028,0301): "YES" / "NO". */
  readonly burnedInAnnotation?: string | undefined;
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
  readonly pixelData?: PixelDataLocation | undefined;
  /** Things worth telling the user that did not stop the file being read. */
  readonly warnings: readonly string[];
}

export type ParseResult =
  { readonly ok: true; readonly instance: DicomInstance } | { readonly ok: false; readonly reason: string };
