export { unzipStream, type StreamedZipEntry } from './unzipStream';
export { readCentralDirectory, type ZipDirectory, type ZipDirectoryEntry } from './centralDirectory';
export { openZipEntry } from './blobEntry';
export { unsafeEntryName, decodeEntryName } from './entryName';
export { crc32 } from './crc32';
