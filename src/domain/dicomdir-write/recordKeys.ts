/**
 * The keys each Directory Record Type carries (PS3.3 Annex F.5). Type 1 must have a value, Type 2 must be
 * present (empty allowed), Type 3 is written when known. Conditional keys whose condition this writer can
 * evaluate from the instance (e.g. Verification DateTime when present) are listed as Type 3.
 */

export type KeyType = '1' | '2' | '3';

export interface KeyDef {
  readonly keyword: string;
  readonly tag: number;
  readonly vr: string;
  readonly type: KeyType;
  /** Not a key of this record in PS3.3 F.5: written only when the caller asks for extended keys. */
  readonly extended?: boolean;
}

export type LeafRecordType =
  | 'IMAGE'
  | 'RT DOSE'
  | 'RT STRUCTURE SET'
  | 'RT PLAN'
  | 'RT TREAT RECORD'
  | 'PRESENTATION'
  | 'WAVEFORM'
  | 'SR DOCUMENT'
  | 'KEY OBJECT DOC'
  | 'SPECTROSCOPY'
  | 'RAW DATA'
  | 'REGISTRATION'
  | 'FIDUCIAL'
  | 'ENCAP DOC'
  | 'VALUE MAP';

export type RecordType = 'PATIENT' | 'STUDY' | 'SERIES' | LeafRecordType;

const k = (keyword: string, tag: number, vr: string, type: KeyType): KeyDef => ({ keyword, tag, vr, type });
const extended = (keyword: string, tag: number, vr: string): KeyDef => ({
  keyword,
  tag,
  vr,
  type: '3',
  extended: true,
});

export const KEY = {
  SpecificCharacterSet: k('SpecificCharacterSet', 0x00080005, 'CS', '3'),
  PatientName: k('PatientName', 0x00100010, 'PN', '2'),
  PatientID: k('PatientID', 0x00100020, 'LO', '1'),
  PatientBirthDate: extended('PatientBirthDate', 0x00100030, 'DA'),
  PatientSex: extended('PatientSex', 0x00100040, 'CS'),
  StudyDate: k('StudyDate', 0x00080020, 'DA', '1'),
  StudyTime: k('StudyTime', 0x00080030, 'TM', '1'),
  AccessionNumber: k('AccessionNumber', 0x00080050, 'SH', '2'),
  ReferringPhysicianName: extended('ReferringPhysicianName', 0x00080090, 'PN'),
  StudyDescription: k('StudyDescription', 0x00081030, 'LO', '2'),
  StudyInstanceUID: k('StudyInstanceUID', 0x0020000d, 'UI', '1'),
  StudyID: k('StudyID', 0x00200010, 'SH', '1'),
  Modality: k('Modality', 0x00080060, 'CS', '1'),
  SeriesInstanceUID: k('SeriesInstanceUID', 0x0020000e, 'UI', '1'),
  SeriesNumber: k('SeriesNumber', 0x00200011, 'IS', '1'),
  InstanceNumber: k('InstanceNumber', 0x00200013, 'IS', '1'),
} as const;

const instanceNumber = KEY.InstanceNumber;
const contentDate1 = k('ContentDate', 0x00080023, 'DA', '1');
const contentTime1 = k('ContentTime', 0x00080033, 'TM', '1');
const conceptName1 = k('ConceptNameCodeSequence', 0x0040a043, 'SQ', '1');
const contentLabel1 = k('ContentLabel', 0x00700080, 'CS', '1');
const contentDescription2 = k('ContentDescription', 0x00700081, 'LO', '2');
const contentCreatorName2 = k('ContentCreatorName', 0x00700084, 'PN', '2');
/** Content Identification Macro plus content date and time, shared by several leaf types (PS3.3 F.5). */
const contentIdentification = [
  instanceNumber,
  contentDate1,
  contentTime1,
  contentLabel1,
  contentDescription2,
  contentCreatorName2,
];

/** Keys of each leaf record, beyond the four structural ones and the Referenced ... In File keys. */
export const LEAF_KEYS: Readonly<Record<LeafRecordType, readonly KeyDef[]>> = {
  IMAGE: [instanceNumber],
  'RT DOSE': [instanceNumber, k('DoseSummationType', 0x3004000a, 'CS', '1')],
  'RT STRUCTURE SET': [
    instanceNumber,
    k('StructureSetLabel', 0x30060002, 'SH', '1'),
    k('StructureSetDate', 0x30060008, 'DA', '2'),
    k('StructureSetTime', 0x30060009, 'TM', '2'),
  ],
  'RT PLAN': [
    instanceNumber,
    k('RTPlanLabel', 0x300a0002, 'SH', '1'),
    k('RTPlanDate', 0x300a0006, 'DA', '2'),
    k('RTPlanTime', 0x300a0007, 'TM', '2'),
  ],
  'RT TREAT RECORD': [
    instanceNumber,
    k('TreatmentDate', 0x30080250, 'DA', '2'),
    k('TreatmentTime', 0x30080251, 'TM', '2'),
  ],
  PRESENTATION: [
    k('PresentationCreationDate', 0x00700082, 'DA', '1'),
    k('PresentationCreationTime', 0x00700083, 'TM', '1'),
    instanceNumber,
    contentLabel1,
    contentDescription2,
    contentCreatorName2,
  ],
  WAVEFORM: [instanceNumber, contentDate1, contentTime1],
  'SR DOCUMENT': [
    instanceNumber,
    k('CompletionFlag', 0x0040a491, 'CS', '1'),
    k('VerificationFlag', 0x0040a493, 'CS', '1'),
    contentDate1,
    contentTime1,
    k('VerificationDateTime', 0x0040a030, 'DT', '3'),
    conceptName1,
  ],
  'KEY OBJECT DOC': [instanceNumber, contentDate1, contentTime1, conceptName1],
  SPECTROSCOPY: [
    k('ImageType', 0x00080008, 'CS', '1'),
    contentDate1,
    contentTime1,
    instanceNumber,
    k('NumberOfFrames', 0x00280008, 'IS', '1'),
    k('Rows', 0x00280010, 'US', '1'),
    k('Columns', 0x00280011, 'US', '1'),
    k('DataPointRows', 0x00289001, 'UL', '1'),
    k('DataPointColumns', 0x00289002, 'UL', '1'),
  ],
  'RAW DATA': [instanceNumber, contentDate1, contentTime1],
  REGISTRATION: contentIdentification,
  FIDUCIAL: contentIdentification,
  'VALUE MAP': contentIdentification,
  'ENCAP DOC': [
    k('ContentDate', 0x00080023, 'DA', '2'),
    k('ContentTime', 0x00080033, 'TM', '2'),
    instanceNumber,
    k('DocumentTitle', 0x00420010, 'ST', '2'),
    k('HL7InstanceIdentifier', 0x0040e001, 'ST', '3'),
    k('ConceptNameCodeSequence', 0x0040a043, 'SQ', '2'),
    k('MIMETypeOfEncapsulatedDocument', 0x00420012, 'LO', '1'),
  ],
};

/** Elements of one Code Sequence item (PS3.3 Table 8.8-1) as the DICOMDIR writes them. */
export const CODE_KEYS = {
  codeValue: k('CodeValue', 0x00080100, 'SH', '1'),
  codingSchemeDesignator: k('CodingSchemeDesignator', 0x00080102, 'SH', '1'),
  codingSchemeVersion: k('CodingSchemeVersion', 0x00080103, 'SH', '3'),
  codeMeaning: k('CodeMeaning', 0x00080104, 'LO', '1'),
} as const;
