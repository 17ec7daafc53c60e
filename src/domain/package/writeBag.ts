import { chunksOf, type EntrySource } from '../zip/write/entrySource';
import { bagInfoTxt, bagitTxt, type BagInfoInput } from './bagitTagFiles';
import { createBagHashers, type BagHashers } from './bagHashers';
import { isTextPath, payloadPathProblem, tagPathProblem } from './bagPaths';
import type { BagSink } from './bagSink';
import {
  MANIFEST_ALGORITHMS,
  manifestName,
  manifestText,
  tagManifestName,
  type ManifestEntry,
} from './manifests';
import { humanSize, payloadOxum } from './payloadOxum';
import { errorMessage } from '../text/errorMessage';

/** One payload file: its path in the bag (under data/) and how to read it, once. */
export interface PayloadItem {
  readonly path: string;
  readonly size?: number;
  /** Deflate in a ZIP; default: by file extension (text yes, DICOM and binary no). */
  readonly compress?: boolean;
  readonly stream: () => EntrySource | Promise<EntrySource>;
}

/** A tag file the caller made (verify.html), at the bag root. */
export interface TagFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** Reported as bytes flow (per chunk) and after each file. */
export interface BagProgress {
  readonly path: string;
  readonly filesDone: number;
  readonly bytesDone: number;
}

export interface WriteBagInput {
  readonly payload: Iterable<PayloadItem> | AsyncIterable<PayloadItem>;
  readonly bagInfo: BagInfoInput;
  readonly tagFiles?: readonly TagFile[];
  readonly sink: BagSink;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: BagProgress) => void;
}

export interface WriteBagResult {
  /** Payload files written, with their digests (what the manifests list). */
  readonly payload: readonly ManifestEntry[];
  /** Tag files listed in the tag manifests. */
  readonly tagFiles: readonly ManifestEntry[];
  readonly payloadOxum: string;
  readonly bagSize: string;
  /** Payload files left out, each with the reason; the bag is valid without them. */
  readonly failures: readonly { readonly path: string; readonly reason: string }[];
  /** Size of the whole package (the ZIP file, or the sum of the folder's files). */
  readonly packageBytes: number;
}

const encoder = new TextEncoder();

/**
 * Writes a BagIt 1.0 bag: each payload file is read once and its chunks go to the sink and through
 * SHA-256 and MD5 together; the manifests, written last, list what was actually written. A payload file
 * that cannot be read is left out and reported, and the rest goes on; a failing sink or a cancel stops
 * the whole bag (the caller removes the partial output).
 */
export async function writeBag(input: WriteBagInput): Promise<WriteBagResult> {
  const { sink, signal } = input;
  const extraTags = input.tagFiles ?? [];
  for (const tag of extraTags) {
    const problem = tagPathProblem(tag.path);
    if (problem) throw new Error(`Tag file "${tag.path}" ${problem}`);
  }
  const hashers = await createBagHashers();
  const tagEntries: ManifestEntry[] = [];
  const writeTag = async (path: string, bytes: Uint8Array) => {
    signal?.throwIfAborted();
    const info = { size: bytes.length, compress: isTextPath(path) };
    tagEntries.push(await writeHashed(sink, hashers, path, bytes, info, { signal }));
  };

  await writeTag('bagit.txt', encoder.encode(bagitTxt()));
  const payload: ManifestEntry[] = [];
  const failures: { path: string; reason: string }[] = [];
  const seen = new Set<string>();
  let bytesDone = 0;
  for await (const item of input.payload) {
    signal?.throwIfAborted();
    const problem =
      payloadPathProblem(item.path) ?? (seen.has(item.path.toLowerCase()) ? 'is listed twice' : undefined);
    if (problem) {
      failures.push({ path: item.path, reason: `The path "${item.path}" ${problem}.` });
      continue;
    }
    seen.add(item.path.toLowerCase());
    const info = { size: item.size, compress: item.compress ?? isTextPath(item.path) };
    try {
      const onBytes = (fileBytes: number) =>
        input.onProgress?.({ path: item.path, filesDone: payload.length, bytesDone: bytesDone + fileBytes });
      const entry = await writeHashed(sink, hashers, item.path, item.stream, info, { signal, onBytes });
      payload.push(entry);
      bytesDone += entry.size;
      input.onProgress?.({ path: item.path, filesDone: payload.length, bytesDone });
    } catch (error) {
      if (!(error instanceof SourceReadError)) throw error;
      failures.push({ path: item.path, reason: `Could not read "${item.path}": ${error.message}` });
    }
  }

  await writeTag('bag-info.txt', encoder.encode(bagInfoTxt(input.bagInfo, payload)));
  for (const algorithm of MANIFEST_ALGORITHMS) {
    await writeTag(manifestName(algorithm), encoder.encode(manifestText(payload, algorithm)));
  }
  for (const tag of extraTags) await writeTag(tag.path, tag.bytes);
  const listed = [...tagEntries];
  for (const algorithm of MANIFEST_ALGORITHMS) {
    const text = encoder.encode(manifestText(listed, algorithm));
    signal?.throwIfAborted();
    await sink.write(tagManifestName(algorithm), once(text), { size: text.length, compress: true });
  }
  const { bytes } = await sink.finish();
  return {
    payload,
    tagFiles: listed,
    payloadOxum: payloadOxum(payload),
    bagSize: humanSize(bytesDone),
    failures,
    packageBytes: bytes,
  };
}

/** The source failed (not the sink): only that file is lost. */
class SourceReadError extends Error {}

async function writeHashed(
  sink: BagSink,
  hashers: BagHashers,
  path: string,
  source: Uint8Array | PayloadItem['stream'],
  info: { size: number | undefined; compress: boolean },
  tap: { signal?: AbortSignal | undefined; onBytes?: (fileBytes: number) => void },
): Promise<ManifestEntry> {
  let size = 0;
  let readError: SourceReadError | undefined;
  async function* tapped(): AsyncGenerator<Uint8Array> {
    hashers.start();
    try {
      for await (const chunk of chunksOf(source instanceof Uint8Array ? source : await source())) {
        tap.signal?.throwIfAborted();
        hashers.update(chunk);
        size += chunk.length;
        tap.onBytes?.(size);
        yield chunk;
      }
    } catch (cause) {
      if (tap.signal?.aborted) throw cause;
      readError = new SourceReadError(errorMessage(cause), { cause });
      throw readError;
    }
  }
  try {
    await sink.write(path, tapped(), info);
  } catch (error) {
    tap.signal?.throwIfAborted();
    // The sink may wrap the source's error in its own; the flag says whose it was.
    throw readError ?? error;
  }
  return { path, size, ...(await hashers.result()) };
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
