export { assignFileIds, type FileIdInput } from './assignFileIds';
export { readDirectoryInstance } from './readDirectoryInstance';
export { writeDicomdir, MEDIA_STORAGE_DIRECTORY } from './writeDicomdir';
export { recordTypeForSopClass } from './recordTypeForSopClass';
export type {
  CodeItem,
  DicomdirOptions,
  DicomdirResult,
  DirectoryInstance,
  DirectoryText,
  LeafKeyValue,
} from './model';
