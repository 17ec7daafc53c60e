/** The shared ways to bring files in: folder and file pickers, drag-and-drop, and the File System Access API. */
export type { PickedFile } from './pickedFile';
export { filesFromDirectoryHandle } from './filesFromDirectoryHandle';
export { filesFromInput } from './filesFromInput';
export { filesFromDrop } from './filesFromDrop';
export {
  FileSourcePicker,
  type FileSourcePickerLabels,
  type FileSourcePickerProps,
} from './FileSourcePicker';
