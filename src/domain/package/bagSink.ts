import type { ZipWriter } from '../zip/write/zipWriter';

export interface BagFileInfo {
  /** Expected size when known (lets the ZIP stay classic for small files). */
  readonly size: number | undefined;
  /** Whether the file is text worth deflating (ignored by a folder). */
  readonly compress: boolean;
}

/**
 * Where a bag's files go, one at a time, each as a stream consumed once.
 * If `data` throws while being consumed, the sink must leave no trace of that file (the ZIP writer leaves
 * it out of its directory; a folder writer deletes the partial file) and rethrow, so the bag goes on.
 */
export interface BagSink {
  write(path: string, data: AsyncIterable<Uint8Array>, info: BagFileInfo): Promise<void>;
  /** Completes the package; resolves to its total size in bytes (the ZIP file, or the files' sum). */
  finish(): Promise<{ readonly bytes: number }>;
}

/** Bag files as entries of a ZIP, inside one top-level folder (what unzipping yields). */
export function zipBagSink(writer: ZipWriter, topFolder: string): BagSink {
  return {
    write: async (path, data, info) => {
      await writer.add(`${topFolder}/${path}`, data, {
        method: info.compress ? 'deflate' : 'store',
        size: info.size,
      });
    },
    finish: async () => ({ bytes: (await writer.finish()).bytesWritten }),
  };
}

/** Writes one file of a folder package; the app implements it with the File System Access API. */
export type WriteFile = (path: string, data: AsyncIterable<Uint8Array>) => Promise<void>;

/** Bag files as files of a folder, under `topFolder` when given. */
export function folderBagSink(writeFile: WriteFile, topFolder?: string): BagSink {
  let bytes = 0;
  return {
    write: async (path, data) => {
      let count = 0;
      async function* counted() {
        for await (const chunk of data) {
          count += chunk.length;
          yield chunk;
        }
      }
      await writeFile(topFolder ? `${topFolder}/${path}` : path, counted());
      bytes += count;
    },
    finish: async () => ({ bytes }),
  };
}
