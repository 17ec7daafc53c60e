export { LibraryPage } from './LibraryPage';
export { StudyPage } from './StudyPage';
export { DamagedRecords } from './DamagedRecords';
