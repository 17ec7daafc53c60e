import { readCentralDirectory } from '../../domain/zip/read';
import type { PickedFile } from '../../ui/files';
import type { ArchiveContents, ImportSource } from './importSource';
import { errorMessage } from '../../domain/text/errorMessage';

/**
 * What to import from what the person picked: plain files as they are, and the entries of each ZIP
 * (portal downloads, received packages) read from its central directory, ZIP64 included, one entry at a
 * time when its turn comes, by the import worker — the archive is never unpacked whole, and never on the
 * page's main thread. A file named *.zip is opened at once;
 * any other file is recognised as a ZIP by its first bytes in the import worker, which reads them anyway
 * (probing every file here first cost about a millisecond per file, a second per disc). A ZIP that
 * cannot be read is reported, not fatal.
 */
export async function importSources(
  picked: readonly PickedFile[],
): Promise<{ sources: ImportSource[]; problems: { path: string; reason: string }[] }> {
  const sources: ImportSource[] = [];
  const problems: { path: string; reason: string }[] = [];
  for (const { path, file } of picked) {
    if (!/\.zip$/i.test(file.name)) {
      sources.push({
        path,
        size: file.size,
        blob: async () => file,
        openArchive: () => zipEntries(path, file),
      });
      continue;
    }
    const contents = await zipEntries(path, file);
    sources.push(...contents.sources);
    problems.push(...contents.problems);
  }
  return { sources, problems };
}

/** The entries of a ZIP file as sources, or why it cannot be read. */
async function zipEntries(path: string, file: File): Promise<ArchiveContents> {
  const sources: ImportSource[] = [];
  const problems: { path: string; reason: string }[] = [];
  try {
    const directory = await readCentralDirectory(file);
    for (const entry of directory.entries) {
      if (entry.isDirectory) continue;
      const entryPath = `${path}/${entry.path}`;
      if (entry.problem) problems.push({ path: entryPath, reason: entry.problem });
      else
        sources.push({
          path: entryPath,
          size: entry.size,
          blob: async () => file,
          zipEntry: entry,
        });
    }
  } catch (error) {
    problems.push({
      path,
      reason: `this ZIP file cannot be read: ${errorMessage(error)}`,
    });
  }
  return { sources, problems };
}
