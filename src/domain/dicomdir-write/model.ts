/**
 * Text for a DICOMDIR key: a string (ASCII, or any Unicode, then written as UTF-8 with ISO_IR 192), or the
 * value bytes exactly as in the source file, encoded in the instance's Specific Character Set.
 */
export type DirectoryText = string | Uint8Array;

export interface CodeItem {
  readonly codeValue: DirectoryText;
  readonly codingSchemeDesignator: DirectoryText;
  readonly codingSchemeVersion?: DirectoryText;
  readonly codeMeaning: DirectoryText;
}

/** A leaf key value: text (all string VRs), a number (US, UL) or code items (a Code Sequence). */
export type LeafKeyValue = DirectoryText | number | readonly CodeItem[];

/** One instance to place in the File-set, with what its PATIENT, STUDY, SERIES and leaf records need. */
export interface DirectoryInstance {
  /** File ID components, e.g. ["DICOM", "P0000001", "S0000001", "SE000001", "I0000001"]. */
  readonly fileId: readonly string[];
  readonly sopClassUid: string;
  readonly sopInstanceUid: string;
  readonly transferSyntaxUid: string;
  /** The source's Specific Character Set (0008,0005), values joined by "\\"; needed when byte values are
   * not ASCII. */
  readonly specificCharacterSet?: string;
  readonly patient: {
    readonly patientId: DirectoryText;
    readonly patientName: DirectoryText;
    /** Written only with DicomdirOptions.extendedKeys. */
    readonly birthDate?: string;
    /** Written only with DicomdirOptions.extendedKeys. */
    readonly sex?: string;
  };
  readonly study: {
    readonly studyInstanceUid: string;
    readonly studyDate?: string;
    readonly studyTime?: string;
    readonly description?: DirectoryText;
    readonly accessionNumber?: DirectoryText;
    readonly studyId?: DirectoryText;
    /** Written only with DicomdirOptions.extendedKeys. */
    readonly referringPhysicianName?: DirectoryText;
  };
  readonly series: {
    readonly seriesInstanceUid: string;
    readonly modality?: string;
    readonly seriesNumber?: string;
  };
  readonly instanceNumber?: string;
  /** Keys of a non-IMAGE leaf record (SR DOCUMENT, RT PLAN...) by keyword, as listed in LEAF_KEYS. */
  readonly leafKeys?: Readonly<Record<string, LeafKeyValue>>;
}

export interface DicomdirOptions {
  /** File-set ID (0004,1130): up to 16 characters of A-Z 0-9 _ and space; empty by default. */
  readonly fileSetId?: string;
  /** Media Storage SOP Instance UID of the DICOMDIR (the File-set UID); a new 2.25 UID by default. */
  readonly fileSetUid?: string;
  readonly implementationClassUid: string;
  readonly implementationVersionName?: string;
  /**
   * Also write Patient's Birth Date and Sex in PATIENT records and Referring Physician's Name in STUDY
   * records. Viewers show them, but PS3.3 F.5 does not define them for these records, so the DICOMDIR
   * becomes Standard Extended (dciodvfy warns). Off by default.
   */
  readonly extendedKeys?: boolean;
}

export interface DicomdirResult {
  readonly bytes: Uint8Array;
  readonly fileSetUid: string;
  /** Values this writer had to invent for Type 1 keys the instances lacked, and other things a person
   * should know; the File-set is still valid. */
  readonly warnings: readonly string[];
}
