import { byPath, type PickedFile } from './pickedFile';

/**
 * The files of an `<input type=file>`: with `webkitdirectory` each carries its path under the chosen
 * folder (webkitRelativePath, which starts with the folder's name); loose files are just their names.
 */
export function filesFromInput(list: FileList): PickedFile[] {
  return byPath(Array.from(list, (file) => ({ path: file.webkitRelativePath || file.name, file })));
}
