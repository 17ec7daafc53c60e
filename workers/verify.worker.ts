import { classifyFile, parseDicomHeader, readDicomdir } from '../src/domain/dicom';
import { digestBlob, digestStream } from '../src/domain/hash';
import { damagedContent, isDecodeError } from '../src/domain/verify';
import { openZipEntry } from '../src/domain/zip/read';
import type { HashRequest, HashResponse, Inspection, VerifyApi } from '../src/protocol/verifyApi';
import { serveSelf } from '../src/protocol/serveSelf';

/** A streamed file's first bytes kept for inspection: far more than any DICOM header before Pixel Data. */
const HEAD_LIMIT = 1024 * 1024;

function headCollector() {
  const chunks: Uint8Array[] = [];
  let length = 0;
  return {
    tap(chunk: Uint8Array) {
      // The one-shot path hands the whole file at once: it is kept by reference, no copy.
      if (length >= HEAD_LIMIT) return;
      chunks.push(chunk);
      length += chunk.length;
    },
    bytes(): Uint8Array {
      if (chunks.length === 1 && chunks[0]) return chunks[0];
      const out = new Uint8Array(length);
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      return out;
    },
  };
}

function inspect(path: string, size: number, bytes: Uint8Array): Inspection {
  const kind = classifyFile(path, size, bytes.subarray(0, 4096));
  if (kind.kind === 'dicomdir') return { kind: 'dicomdir', dicomdir: readDicomdir(bytes) };
  if (kind.kind !== 'dicom')
    return { kind: 'other', reason: kind.kind === 'junk' ? kind.format : kind.reason };
  const parsed = parseDicomHeader(bytes, path);
  if (!parsed.ok) return { kind: 'other', reason: parsed.reason };
  const { sopInstanceUid, sopClassUid, transferSyntaxUid } = parsed.instance.image;
  return { kind: 'dicom', sopInstanceUid, sopClassUid, transferSyntaxUid };
}

async function hash(
  { source, algorithms, inspect: wanted, path }: HashRequest,
  signal: AbortSignal,
  onProgress: (bytesDone: number) => void,
): Promise<HashResponse> {
  const head = wanted ? headCollector() : undefined;
  const options = { signal, onProgress, ...(head ? { tap: (c: Uint8Array) => head.tap(c) } : {}) };
  const size = source.kind === 'blob' ? source.blob.size : source.entry.size;
  const digests =
    source.kind === 'blob'
      ? await digestBlob(source.blob, algorithms, options)
      : await digestStream(openZipEntry(source.zip, source.entry, signal), algorithms, {
          ...options,
          size,
        }).catch((error: unknown) => {
          // The entry was read but its data does not decode as the archive declares: damaged, not absent.
          // One this reader cannot open at all (encrypted, a method it lacks) stays unreadable.
          const decodeFailed = isDecodeError(error) && !signal.aborted && !source.entry.problem;
          throw decodeFailed ? damagedContent(error) : error;
        });
  return head ? { digests, inspection: inspect(path, size, head.bytes()) } : { digests };
}

serveSelf<VerifyApi>({
  hash: (request, { signal, progress }) => hash(request, signal, (bytesDone) => progress({ bytesDone })),
});
