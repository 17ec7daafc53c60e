export { LibraryPage } from './LibraryPage';
export { StudyPage } from './StudyPage';
export { DamagedRecords } from './DamagedRecords';
export {
  catalogDamageNotice,
  rowDamageNotice,
  shortId,
  trueParentId,
  type DamagedNotice,
} from './damagedRecords';
