/** The versioned backup format (docs/backup-format.md), the open-copy layout and stewardship reminders. */
export * from './format';
export * from './authentication';
export { BackupFileWriter, filePreamble, type ByteSink, type WrittenBackup } from './backupFileWriter';
export {
  readBackupFile,
  type BackupReadReport,
  type KeyedRecord,
  type ReadBackupOptions,
} from './backupFileReader';
export { bytesSource, type BackupProblem, type BackupSource } from './backupSource';
export { fromBytesJson, toBytesJson } from './bytesJson';
export * from './folderManifest';
export { decodeFolderRecord, encodeFolderRecord } from './folderRecord';
export { readHeaderPayload, checkHeader } from './headerPayload';
export { describeRecordKey, parseRecordKey, recordKey } from './recordKey';
export * from './openCopyLayout';
export * from './stewardshipReminders';
