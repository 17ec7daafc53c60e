/** Stewardship: encrypted backup and restore, open copy, fixity check. */
export { BackupSection } from './BackupSection';
export { RestoreSection } from './RestoreSection';
export { RestoreScreen } from './RestoreScreen';
export { RestorePendingScreen } from './RestorePendingScreen';
export { OpenCopySection } from './OpenCopySection';
export { IntegritySection } from './IntegritySection';
export { readBackupStatus } from './backupHistory';
