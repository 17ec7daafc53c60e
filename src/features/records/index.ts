export { RecordsPage } from './RecordsPage';
export { newId, todayIso } from './recordsState';
