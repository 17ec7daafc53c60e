import type { ImportApi, ProcessedFile } from '../src/protocol/importApi';
import { expandZipEntry } from './expandZipEntry';
import { processImportFile } from './processImportFile';

/** The import worker's processFile: a ZIP entry is expanded here first, then processed like any file. */
export async function processImportRequest({
  path,
  file,
  zipEntry,
}: ImportApi['processFile']['params']): Promise<ProcessedFile> {
  if (!zipEntry) return processImportFile(path, file);
  const expanded = await expandZipEntry(file, zipEntry);
  if ('reason' in expanded) return { kind: 'unreadable', path, size: zipEntry.size, reason: expanded.reason };
  return processImportFile(path, expanded.blob);
}
