export { SettingsPage } from './SettingsPage';
export { PersistenceRequest } from './PersistenceRequest';
export { readPersisted } from './readPersisted';
