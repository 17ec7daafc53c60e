import { sha256Hex } from '../src/domain/hash/sha256';
import { sealOriginal } from '../src/crypto/sealOriginal';
import {
  classifyFile,
  CLASSIFY_HEAD_BYTES,
  parseDicomHeader,
  readDicomdir,
  syntaxContradiction,
} from '../src/domain/dicom';
import { readMetaSummary } from '../src/domain/dicom/classify/part10Meta';
import type { ProcessedFile } from '../src/protocol/importApi';
import { explainReadFailure } from '../src/domain/bytes/readFailure';

/**
 * Files up to this size are read whole at once. Each Blob read is a round trip to the browser process
 * that costs about as much as reading half a megabyte, so reading a small file's head first and then the
 * file doubled the time of the read; a large file is read whole only once its head shows it is DICOM.
 */
const READ_WHOLE_BELOW = 8 * 1024 * 1024;

const readBytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/**
 * One file of an import, in an import worker: classify it from its first bytes (a large junk file is
 * never read whole, and nothing but DICOM is parsed), parse the header, hash and seal the original.
 * Every failure comes back as a reason; a file recognised as DICOM that cannot be read as such is still
 * hashed and sealed, to be kept as a damaged original.
 */
export async function processImportFile(path: string, file: Blob): Promise<ProcessedFile> {
  const size = file.size;
  let whole: Uint8Array | undefined;
  let head: Uint8Array;
  try {
    if (size <= READ_WHOLE_BELOW) whole = new Uint8Array(await file.arrayBuffer());
    head = whole
      ? whole.subarray(0, CLASSIFY_HEAD_BYTES)
      : await readBytes(file.slice(0, CLASSIFY_HEAD_BYTES));
  } catch (error) {
    return { kind: 'unreadable', path, size, reason: `could not be read: ${explainReadFailure(error)}` };
  }
  const found = classifyFile(path, size, head);
  if (found.kind === 'junk')
    return { kind: 'junk', path, size, category: found.category, format: found.format };
  if (found.kind === 'not-dicom') return { kind: 'unreadable', path, size, reason: found.reason };
  let bytes: Uint8Array;
  try {
    bytes = whole ?? (await readBytes(file));
  } catch (error) {
    return { kind: 'unreadable', path, size, reason: `could not be read: ${explainReadFailure(error)}` };
  }
  if (found.kind === 'dicomdir') return { kind: 'dicomdir', path, size, result: readDicomdir(bytes) };
  // Read as declared, a file whose syntax contradicts its bytes gives garbage (a phantom "unnamed" patient).
  const contradiction = syntaxContradiction(bytes, readMetaSummary(head).transferSyntaxUid);
  const parsed = contradiction ? undefined : parseDicomHeader(bytes, path);
  const sha256 = await sha256Hex(bytes);
  const sealed = await sealOriginal(bytes, sha256);
  if (!parsed?.ok)
    return { kind: 'damaged', path, size, sha256, reason: contradiction ?? parsed?.reason ?? '', sealed };
  return { kind: 'dicom', path, size, sha256, instance: parsed.instance, sealed };
}
