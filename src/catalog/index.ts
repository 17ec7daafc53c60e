/**
 * The vault's catalog as one service: the model of what is sealed for each patient, study, series and
 * instance, its write path, the views the features read, delete and the labels every screen shows.
 * Features import the catalog from here, never storage/catalogRepository.ts.
 */
export type { StoredInstance, StoredPatient, StoredSeries, StoredStudy } from './model';
export {
  describeDamage,
  listInstances,
  listSeries,
  listStudies,
  readInstances,
  readPatients,
  readSeries,
  readStudies,
  type DamagedRow,
  type OpenedInstance,
  type OpenedPatient,
  type OpenedSeries,
  type OpenedStudy,
} from '../storage/catalogRepository';
export { commitCatalog } from './commitCatalog';
export { instanceIds, sealInstanceRow } from './instanceRows';
export { loadLibrary, type Library, type LibraryPatient, type LibraryStudy } from './libraryView';
export {
  catalogDamageNotice,
  rowDamageNotice,
  shortId,
  trueParentId,
  type DamagedNotice,
} from './damageNotices';
export { walkCatalog, type CatalogLinkFailure, type CatalogWalk, type InstanceRef } from './walkCatalog';
export { resummariseStudies } from './resummariseStudies';
export { deleteStudy, type DeletedStudyReport } from './deleteStudy';
export { labelsByAddress, patientLabel, studyLabel, type FileLabel } from './fileLabels';
export {
  loadCatalogTree,
  loadInstances,
  type CatalogPatient,
  type CatalogSeries,
  type CatalogStudy,
  type LoadedInstance,
} from './catalogTree';
export { loadStudyFacts, type StudyFacts } from './studyFacts';
export { largestStudies, type SizedStudy } from './largestStudies';
export { dateLabel, patientName, personLabel, timeLabel } from './labels';
export {
  viewerInstances,
  viewerSeries,
  viewerStudies,
  type ViewerHeader,
  type ViewerInstance,
  type ViewerSeries,
  type ViewerStudy,
} from './viewerView';
