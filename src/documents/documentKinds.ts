import { annotationKind } from './annotation';
import { attachedDocumentKind } from './attachedDocument';
import { backupRunKind } from './backupRun';
import { damagedOriginalKind } from './damagedOriginal';
import type { DocumentKind } from './documentKind';
import { fixityRunKind } from './fixityRun';
import { keyImageKind } from './keyImage';
import { allergyKind } from './records/allergy';
import { checklistEntryKind } from './records/checklistEntry';
import { correctionRequestKind } from './records/correctionRequest';
import { facilityKind } from './records/facility';
import { medicationKind } from './records/medication';
import { patientProfileKind } from './records/patientProfile';
import { pharmacyListKind } from './records/pharmacyList';
import { problemKind } from './records/problem';
import { scanLogRowKind } from './records/scanLogRow';
import { visitNoteKind } from './records/visitNote';
import { restoreRunKind } from './restoreRun';
import { shareKind } from './share';
import { specialistKind } from './specialist';

/** Every kind the vault keeps: a new kind is added here, and its names must stay distinct. */
export const DOCUMENT_KINDS: readonly DocumentKind<unknown>[] = [
  shareKind,
  specialistKind,
  attachedDocumentKind,
  keyImageKind,
  annotationKind,
  backupRunKind,
  restoreRunKind,
  fixityRunKind,
  damagedOriginalKind,
  allergyKind,
  medicationKind,
  problemKind,
  visitNoteKind,
  checklistEntryKind,
  correctionRequestKind,
  facilityKind,
  scanLogRowKind,
  patientProfileKind,
  pharmacyListKind,
];
