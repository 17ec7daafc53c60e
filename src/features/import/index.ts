export { ImportPage } from './ImportPage';
export { queueImport } from './pendingImport';
export { keptOriginalAddresses } from './damagedOriginals';
