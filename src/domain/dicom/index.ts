/** DICOM import, pure: classify files, read headers and DICOMDIRs, decode text, group and check. */
export type * from './model';
export { classifyFile, CLASSIFY_HEAD_BYTES, type FileClass } from './classify/classifyFile';
export { ZIP_ARCHIVE } from './classify/sniffJunk';
export { syntaxContradiction } from './classify/syntaxContradiction';
export type { RawEncoding } from './classify/detectRawDataSet';
export { describeSkipped, junkCategoryLabel, type JunkCategory } from './classify/junkKinds';
export { parseDicomHeader } from './parseDicomHeader';
export { characterSet, CHARSET_VRS, type CharacterSet } from './charset/characterSet';
export { parsePersonName } from './charset/personName';
export { formatPersonName } from './labels/personNameLabel';
export { dicomDateLabel, dicomTimeLabel, type DicomLabel } from './labels/dicomDateLabel';
export {
  readDicomdir,
  type Dicomdir,
  type DicomdirResult,
  type DirectoryKeys,
  type DirectoryRecord,
} from './dicomdir/readDicomdir';
export {
  crossCheckDicomdir,
  filesOfFileSet,
  normaliseFilePath,
  type DicomdirCrossCheck,
  type FoundFile,
  type Mismatch,
} from './dicomdir/crossCheck';
export { dicomdirSeriesCounts } from './dicomdir/seriesCounts';
export {
  groupInstances,
  type GroupInput,
  type Grouping,
  type InstanceEntry,
  type PatientGroup,
  type SeriesGroup,
  type StudyGroup,
} from './group/groupInstances';
export { groupKeys } from './group/groupKeys';
export type { Flag, FlagCode } from './checks/flag';
export { importFlags, seriesFlags } from './checks/seriesFlags';
export { sliceSpacing, type StackSpacing } from './checks/sliceSpacing';
export { sopClassName } from './uids/sopClasses';
export { transferSyntax, type TransferSyntax } from './uids/transferSyntaxes';
