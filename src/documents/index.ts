/**
 * Every sealed document kind the vault keeps, one file each with its own version, migrations and
 * reader, and the store that reads and writes them. The only way to the records repository.
 */
export { DamagedDocumentError } from './documentKind';
export type { DocumentKind, DocumentValue } from './documentKind';
export {
  deleteDocument,
  getDocument,
  listDocuments,
  putDocument,
  readDocuments,
  readDocumentsOfKinds,
} from './documentStore';
export type { DamagedDocument, StoredDocument } from './documentStore';
export { DOCUMENT_KINDS } from './documentKinds';
export { shareKind } from './share';
export type { ShareRecord, ShareStudyRef } from './share';
export { specialistKind } from './specialist';
export type { Specialist, SpecialistValue } from './specialist';
export { attachedDocumentKind } from './attachedDocument';
export type { AttachedDocument } from './attachedDocument';
export { keyImageKind } from './keyImage';
export type { KeyImageRecord } from './keyImage';
export { annotationKind } from './annotation';
export { backupRunKind } from './backupRun';
export { restoreRunKind } from './restoreRun';
export type { RestoreRun } from './restoreRun';
export { fixityRunKind } from './fixityRun';
export type { FixityFailure, FixityResult } from './fixityRun';
export { damagedOriginalKind } from './damagedOriginal';
export type { DamagedOriginal } from './damagedOriginal';
export { keptOriginals } from './keptOriginals';
export { allergyKind } from './records/allergy';
export { medicationKind } from './records/medication';
export { problemKind } from './records/problem';
export { visitNoteKind } from './records/visitNote';
export { checklistEntryKind } from './records/checklistEntry';
export { correctionRequestKind } from './records/correctionRequest';
export type { StoredCorrection } from './records/correctionRequest';
export { facilityKind } from './records/facility';
export { scanLogRowKind } from './records/scanLogRow';
export { EMPTY_PROFILE, PROFILE_ID, patientProfileKind } from './records/patientProfile';
export type { PatientProfile } from './records/patientProfile';
export { PHARMACY_LIST_ID, pharmacyListKind } from './records/pharmacyList';
