/** Keeping the vault alive in this browser: persistent storage, installing the app, backups, a cleared vault. */
export const protection = {
  'protection.title': 'What protects this vault in this browser',
  'protection.intro':
    'The vault lives only in this browser profile. These are the things that keep the browser from losing it, and the one that brings it back if it does.',
  'protection.persisted': 'The browser has promised not to clear this vault to free space.',
  'protection.not-persisted':
    'The browser may clear this vault when the disk runs low, without asking. Ask it to protect the vault.',
  'protection.persistence-unknown':
    'This browser does not say whether it may clear this vault. Keep backups: they are the protection that always works.',
  'protection.installed': 'The app is installed: browsers keep an installed app’s storage.',
  'protection.not-installed':
    'The app is not installed. Safari deletes the storage of websites not opened for seven days, but not of apps added to the Home Screen or the Dock.',
  'protection.backup-recent': 'A backup was made in the last month.',
  'protection.backup-stale': 'The last backup is more than a month old.',
  'protection.backup-none': 'There is no backup yet: if the browser loses its storage, the vault is gone.',
  'protection.protects': 'Protects',
  'protection.doesNotProtect': 'Does not protect',
  'protection.install.title': 'How to install the app',
  'protection.install.iphone':
    'iPhone or iPad (Safari and every other browser there): Share, then Add to Home Screen.',
  'protection.install.mac': 'Safari on a Mac: File, then Add to Dock.',
  'protection.install.chromium':
    'Chrome or Edge: the install button at the right of the address bar, or the menu’s Install.',
  'protection.install.firefox':
    'Firefox cannot install web apps; ask it to protect the vault instead, and keep backups.',
  'protection.ask': 'Ask the browser to protect the vault',
  'protection.asking':
    'Waiting for your browser’s answer… It may show a question near the address bar: choose Allow.',
  'protection.granted': 'Protected: the browser will not clear this vault to free space.',
  'protection.refused':
    'The browser did not grant protection. Installing the app often helps; keep backups either way.',
  'protection.unsupported': 'This browser cannot be asked to protect its storage. Keep backups.',
  'protection.afterImport.title': 'Keep these scans safe',
  'protection.afterImport.first':
    'These scans are now only in this browser. Make a backup in Settings — a browser can lose its storage, and the backup is then the only copy.',
  'protection.afterImport.monthly':
    'Your last backup is more than a month old: back up again in Settings to include these scans.',
  'protection.afterImport.backup': 'Back up now',
  'protection.cleared.title': 'This browser’s copy of your vault is gone',
  'protection.cleared.intro':
    'This browser held a vault here since {since}, but its storage has been cleared — by the browser freeing space, by clearing site data, or by a cleaning tool. Your scans are not lost if you have a backup: choose “Restore from a backup” below and open it with your recovery key.',
  'protection.cleared.lastBackup': 'Your last backup from this browser: {where} ({kind}), made {date}.',
  'protection.cleared.noBackup':
    'No backup was made from this browser. If you kept the original discs, you can import them again into a new vault.',
  'protection.cleared.kind.file': 'a backup file',
  'protection.cleared.kind.folder': 'a backup folder',
  'protection.cleared.startOver': 'Start a new, empty vault',
} as const;
