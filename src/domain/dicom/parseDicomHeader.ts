import { classifyFile } from './classify/classifyFile';
import type { ParseResult } from './model';
import { extractInstance } from './parse/extractInstance';
import { readDataSet } from './parse/readDataSet';
import { errorMessage } from '../text/errorMessage';

/**
 * Reads the metadata of one file (the whole file's bytes, or at least everything before Pixel Data).
 * Never throws: a file that cannot be filed comes back as { ok: false, reason } with a sentence naming
 * the cause (gzip-compressed file, truncated at byte N, missing SOP Instance UID, invalid sequence...).
 */
export function parseDicomHeader(bytes: Uint8Array, fileName: string): ParseResult {
  try {
    const kind = classifyFile(fileName, bytes.length, bytes.subarray(0, 4096));
    if (kind.kind === 'junk') return { ok: false, reason: `not DICOM: ${kind.format}` };
    if (kind.kind === 'not-dicom') return { ok: false, reason: kind.reason };
    if (kind.kind === 'dicomdir') {
      return {
        ok: false,
        reason: 'this is a DICOMDIR (the disc index), not an image: read it with readDicomdir',
      };
    }
    const read = readDataSet(bytes);
    if (!read.ok) return read;
    return extractInstance(read, fileName, bytes.length);
  } catch (thrown) {
    // Nothing above should throw; if a library does on some input, the file is still explained, not lost.
    const message = errorMessage(thrown);
    return { ok: false, reason: `unreadable: ${message}` };
  }
}
