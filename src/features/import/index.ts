export { ImportPage } from './ImportPage';
export { queueImport } from './pendingImport';
