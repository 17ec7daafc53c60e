export { SettingsPage } from './SettingsPage';
export { PersistenceRequest } from './PersistenceRequest';
