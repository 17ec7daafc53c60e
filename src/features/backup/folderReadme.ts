/** The README written into a backup folder: what it is, that it is encrypted, how to restore it. */
export function folderReadme(): string {
  return [
    'Imaging Vault backup',
    '====================',
    '',
    'This folder is an encrypted backup of an Imaging Vault (a personal medical-imaging archive kept in a',
    'web browser). Every file under records/ is still encrypted with the vault’s key; manifest.json lists',
    'them with their SHA-256 checksums and carries the vault’s keys, themselves wrapped by the passphrase',
    'and by the recovery key. Nothing here can be read without one of those two secrets.',
    '',
    'To restore: open Imaging Vault in a browser, choose “Restore from a backup” (on a new browser) or',
    'Settings → Restore (into the same vault), pick this folder, and unlock with the passphrase or the',
    'recovery key. The format is described in docs/backup-format.md of the Imaging Vault source.',
    '',
    'Do not edit or rename files here: each is checked against its checksum when restored.',
    '',
  ].join('\n');
}
