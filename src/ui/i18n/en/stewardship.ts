/** English messages for the stewardship feature: backup, restore, open copy, fixity, storage health, audit. */
export const stewardship = {
  'stewardship.cancelling': 'Stopping after the current item…',
  'stewardship.progress.percent': '{percent} % read',

  'stewardship.backup.title': 'Backup',
  'stewardship.backup.intro':
    'A backup holds everything in your vault — scans, care records, audit trail — still encrypted. It opens only with your passphrase or your recovery key, on this or any other browser.',
  'stewardship.backup.never':
    'You have no backup yet. If this browser’s data is lost, your vault is lost with it.',
  'stewardship.backup.last': 'Last backup: {date}, to “{where}”. Backups made: {count}.',
  'stewardship.backup.stale':
    'Your last backup is more than a month old. Back up again to include what changed since.',
  'stewardship.backup.places': 'Backed up to {n} place(s)',
  'stewardship.backup.rule321':
    'The 3-2-1 rule: keep 3 copies (this vault and 2 backups), on 2 kinds of storage (say a USB drive and a cloud folder), with 1 kept away from home.',
  'stewardship.backup.toFile': 'Back up to a file',
  'stewardship.backup.toFolder': 'Back up to a folder',
  'stewardship.backup.noFolder':
    'This browser cannot write into folders; back up to a file instead (Chrome and Edge can do both).',
  'stewardship.backup.progress': 'Backup progress',
  'stewardship.backup.doneFile': 'Backup written: {records} records, {size}, to “{where}”.',
  'stewardship.backup.doneFolder':
    'Folder backup updated: {written} new or changed of {records} records, in “{where}”.',

  'stewardship.restore.title': 'Restore',
  'stewardship.restore.intro':
    'Bring back what this vault lost from one of its backups. Only what is missing is added; nothing you have is replaced or duplicated.',
  'stewardship.restore.zone': 'Backup to restore',
  'stewardship.restore.chooseFolder': 'Choose backup folder',
  'stewardship.restore.chooseFile': 'Choose backup file',
  'stewardship.restore.dropHint': 'or drop a .ivbackup file or a backup folder here',
  'stewardship.restore.reading': 'Reading the backup…',
  'stewardship.restore.progress': 'Restore progress',
  'stewardship.restore.done':
    'Restored {restored} records from the backup of {date} (“{where}”); {skipped} were already in the vault.',
  'stewardship.restore.problems': '{n} part(s) could not be restored:',
  'stewardship.restore.auditDiverged':
    'The backup’s audit trail and this vault’s part ways after entry {n}; the backup’s later entries were left in the backup so this vault’s chain stays intact.',
  'stewardship.restore.last': 'Last restore: {date}',

  'stewardship.restoreFresh.link': 'Restore from a backup',
  'stewardship.restoreFresh.title': 'Restore from a backup',
  'stewardship.restoreFresh.intro':
    'Choose a backup file (.ivbackup) or backup folder made by Imaging Vault. Everything in it comes back here, still encrypted; then unlock it with the passphrase or the recovery key of the vault it was made from.',
  'stewardship.restoreFresh.back': 'Back to creating a new vault',
  'stewardship.restoreFresh.unlock': 'Unlock the restored vault',
  'stewardship.restoreFresh.namesLater':
    'Once unlocked, Settings → Restore names the files these parts belong to.',

  'stewardship.openCopy.title': 'Open copy',
  'stewardship.openCopy.intro':
    'Write your scans as plain DICOM files into a folder, in a layout anyone can browse without this app, with your scan log as a spreadsheet (CSV) at the top:',
  'stewardship.openCopy.layout': 'Medical_Scans/<YYYY-MM-DD>_<BodyPart>_<Modality>/DICOM/…',
  'stewardship.openCopy.warning':
    'This copy is NOT encrypted. Anyone who gets the drive or folder can read your names, dates and images. Keep it somewhere you trust (an encrypted drive, a safe).',
  'stewardship.openCopy.which': 'Which studies',
  'stewardship.openCopy.all': 'All studies ({n})',
  'stewardship.openCopy.some': 'Only the studies I choose',
  'stewardship.openCopy.understood': 'I understand this copy is not encrypted.',
  'stewardship.openCopy.start': 'Choose folder and write open copy',
  'stewardship.openCopy.noFolder':
    'This browser cannot write into a folder, so the open copy comes as one ZIP download with the same folders inside: unpack it where you keep it.',
  'stewardship.openCopy.progress': 'Open copy progress',
  'stewardship.openCopy.done': 'Open copy written: {files} files ({size}) in “{folder}”. Studies: {studies}.',
  'stewardship.openCopy.cancelled': 'Open copy stopped: {files} files ({size}) were written in “{folder}”.',

  'stewardship.fixity.title': 'Integrity check',
  'stewardship.fixity.intro':
    'Reads every stored file, decrypts it, checks it still has exactly the SHA-256 it was imported with, and that it still opens as DICOM. Run it once a year, and before relying on an old scan.',
  'stewardship.fixity.never': 'No integrity check has been run yet.',
  'stewardship.fixity.overdue': 'The last complete integrity check is more than a year old. Run one now.',
  'stewardship.fixity.start': 'Run integrity check',
  'stewardship.fixity.progress': 'Integrity check progress',
  'stewardship.fixity.result': 'Checked {date}: {checked} of {total} files ({size}), {failures} failed.',
  'stewardship.fixity.resultCancelled':
    'Check of {date} was stopped: {checked} of {total} files checked ({size}), {failures} failed.',

  'stewardship.health.title': 'Storage health',
  'stewardship.health.largest': 'Largest studies',
  'stewardship.health.noStudies': 'No studies stored yet.',
  'stewardship.health.files': '{n} files',
  'stewardship.health.delete': 'Delete…',
  'stewardship.health.deleteLabel': 'Delete study {study}',
  'stewardship.health.confirm':
    'Delete “{study}” of {patient} ({size}) from this vault? Its files are removed from this browser. Backups you made keep it. This is recorded in the audit trail.',
  'stewardship.health.confirmYes': 'Delete study',
  'stewardship.health.confirmNo': 'Keep it',
  'stewardship.health.deleted': 'Deleted “{study}”: {files} files, {size} freed.',

  'stewardship.audit.exportJson': 'Export JSON',
  'stewardship.audit.exportCsv': 'Export CSV',
  'stewardship.audit.valid': 'Chain verified: all {n} entries are intact and in order.',
  'stewardship.audit.broken': 'The audit trail was tampered with or damaged: {n} problem(s).',
  'stewardship.audit.entries': 'Entries',
  'stewardship.audit.filterAction': 'Action',
  'stewardship.audit.allActions': 'All actions',
  'stewardship.audit.filterText': 'Search',
  'stewardship.audit.from': 'From',
  'stewardship.audit.to': 'To',
  'stewardship.audit.count': 'Showing {shown} of {total} entries, newest first.',
  'stewardship.audit.action.vault.created': 'Vault created',
  'stewardship.audit.action.vault.unlocked': 'Unlocked',
  'stewardship.audit.action.vault.unlock-failed': 'Failed unlock',
  'stewardship.audit.action.vault.locked': 'Locked',
  'stewardship.audit.action.vault.passphrase-changed': 'Passphrase changed',
  'stewardship.audit.action.import': 'Import',
  'stewardship.audit.action.view': 'Viewed',
  'stewardship.audit.action.export': 'Export',
  'stewardship.audit.action.share': 'Shared',
  'stewardship.audit.action.delete': 'Deleted',
  'stewardship.audit.action.backup': 'Backup',
  'stewardship.audit.action.restore': 'Restore',
  'stewardship.audit.action.integrity-check': 'Integrity check',
  'stewardship.audit.action.records.changed': 'Care records changed',
  'stewardship.audit.action.settings.changed': 'Setting changed',
  'stewardship.restore.recordsBeforeHeader':
    '“{where}” holds records before its header: it is not a readable Imaging Vault backup.',
  'stewardship.audit.action.vault.unlock-records-erased': 'Record of failed unlocks erased',
  'stewardship.fixity.link.noOriginal':
    'its original file is missing from the vault: the image record points at a file that is not stored',
  'stewardship.fixity.link.otherFile':
    'the image points at another file: the stored original has SHA-256 {actual}, not the {expected} this image was imported with',
  'stewardship.fixity.link.noSeries': 'its series record {id} is missing, so the image is not shown anywhere',
  'stewardship.fixity.link.noStudy': 'its study record {id} is missing, so the series is not shown anywhere',
  'stewardship.fixity.link.noPatient':
    'its patient record {id} is missing; the study is listed under a placeholder',
  'stewardship.fixity.unknownPatient': 'unknown patient',
  'stewardship.fixity.unknownStudy': 'a study not in the catalog',
  'stewardship.openCopy.startZip': 'Download the open copy as a ZIP',
} as const;
