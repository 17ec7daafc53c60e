/**
 * English messages for the app shell and the places menu.
 * Placeholders are written {name}.
 */
export const shell = {
  'app.name': 'Imaging Vault',
  'app.tagline': 'Your medical images, kept for life, on this device only.',
  'app.skipToContent': 'Skip to content',
  'app.menu': 'Menu',
  'app.closeMenu': 'Close menu',
  'app.privacy': 'Nothing leaves this device: no upload, no tracking, works offline.',
  'nav.label': 'Main',
  'nav.library': 'Library',
  'nav.import': 'Import',
  'nav.viewer': 'Viewer',
  'nav.packages': 'Packages',
  'nav.verify': 'Verify',
  'nav.records': 'Records',
  'nav.specialists': 'Specialists',
  'nav.audit': 'Audit trail',
  'nav.settings': 'Settings',
  'update.available': 'A new version of Imaging Vault is ready.',
  'update.reload': 'Update now',
  'update.later': 'Later',
  'offline.ready': 'Imaging Vault is ready to work offline.',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address. Choose a place from the menu.',
  'planned.heading': 'What this place will hold',
  'planned.notice': 'This part of Imaging Vault is being built. Nothing is stored or shown here yet.',

  'place.library.title': 'Library',
  'place.library.summary': 'Every patient, study and series in your vault, with search and sort.',
  'place.library.items':
    'Patients, then their studies: date, modality, body part, description, counts and size|Flags for lossy compression, burned-in annotations and missing slices|A study page with its series and thumbnails',
  'place.import.title': 'Import',
  'place.import.summary': 'Bring in a hospital CD, DVD, USB stick, folder or ZIP file.',
  'place.import.items':
    'Choose or drop a folder or ZIP; the disc viewer software and junk are skipped and counted|The DICOMDIR is cross-checked against the files found|Progress with files, MB/s and time left; cancel at any time|A summary naming every file that could not be read, and why',
  'place.viewer.title': 'Viewer',
  'place.viewer.summary': 'See your images: every common DICOM format, on a laptop or a phone.',
  'place.viewer.items':
    'Scroll through slices, window/level presets, zoom and pan|Distance measurement in millimetres, annotations and key images|Tag browser and side-by-side comparison of two studies',
  'place.packages.title': 'Packages',
  'place.packages.summary': 'Send complete original studies to a specialist anywhere, verifiably.',
  'place.packages.items':
    'Choose studies, add the report, history and your questions|A ZIP or folder any DICOM viewer opens, with checksums the recipient can verify|Optional de-identification; the fingerprint is recorded in the share log',
  'place.verify.title': 'Verify',
  'place.verify.summary': 'Prove that a package arrived without a single bit changed.',
  'place.verify.items':
    'Drop a package, folder, or files with a checksum list|A verdict per file: ok, altered, missing or extra|A printable receipt to send back',
  'place.records.title': 'Care records',
  'place.records.summary': 'Audit your health record and keep a log of every scan.',
  'place.records.items':
    'Allergies, medications and problem list checklist; copy-paste note bloat found|Correction requests with due dates|Scan log exportable as CSV, timeline and record-retention reminders',
  'place.specialists.title': 'Specialists',
  'place.specialists.summary': 'Who received which scans, when, and what they said.',
  'place.specialists.items':
    'A directory of your specialists|The share log: package, fingerprint, verified receipt, opinion received',
  'place.audit.title': 'Audit trail',
  'place.audit.summary': 'A tamper-evident record of everything done with your vault.',
  'place.audit.items':
    'Every import, view, export, share and deletion, hash-chained|Chain verification and export as a chain-of-custody record',
  'place.settings.title': 'Settings',
  'place.settings.summary': 'Vault security, storage and backups.',
  'place.settings.items':
    'Passphrase, recovery key and auto-lock|Storage used, quota and persistence|Encrypted backups and integrity checks',
} as const;
