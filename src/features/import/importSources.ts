import { openZipEntry, readCentralDirectory } from '../../domain/zip/read';
import type { PickedFile } from '../../ui/files';
import type { ImportSource } from './importJob';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

async function isZip(file: File): Promise<boolean> {
  if (file.size < 22) return false;
  if (/\.zip$/i.test(file.name)) return true;
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return ZIP_MAGIC.every((b, i) => head[i] === b);
}

/**
 * What to import from what the person picked: plain files as they are, and the entries of each ZIP
 * (portal downloads, received packages) read from its central directory, ZIP64 included, one entry at a
 * time when its turn comes — the archive is never unpacked whole. A ZIP that cannot be read is
 * reported, not fatal.
 */
export async function importSources(
  picked: readonly PickedFile[],
): Promise<{ sources: ImportSource[]; problems: { path: string; reason: string }[] }> {
  const sources: ImportSource[] = [];
  const problems: { path: string; reason: string }[] = [];
  for (const { path, file } of picked) {
    if (!(await isZip(file))) {
      sources.push({ path, size: file.size, blob: async () => file });
      continue;
    }
    try {
      const directory = await readCentralDirectory(file);
      for (const entry of directory.entries) {
        if (entry.isDirectory) continue;
        const entryPath = `${path}/${entry.path}`;
        if (entry.problem) {
          problems.push({ path: entryPath, reason: entry.problem });
          continue;
        }
        sources.push({
          path: entryPath,
          size: entry.size,
          blob: () => new Response(openZipEntry(file, entry)).blob(),
        });
      }
    } catch (error) {
      problems.push({
        path,
        reason: `this ZIP file cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return { sources, problems };
}
