export { LibraryPage } from './LibraryPage';
export { StudyPage } from './StudyPage';
