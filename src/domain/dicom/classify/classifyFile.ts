import { MEDIA_STORAGE_DIRECTORY } from '../uids/sopClasses';
import { detectRawDataSet, type RawEncoding } from './detectRawDataSet';
import type { JunkCategory } from './junkKinds';
import { hasPart10Prefix, readMetaSummary } from './part10Meta';
import { sniffMagic, sniffName, sniffText } from './sniffJunk';

/** How many leading bytes classifyFile wants: the meta information and the first elements fit easily. */
export const CLASSIFY_HEAD_BYTES = 4096;

export type FileClass =
  /** A Part 10 file: preamble, "DICM", file meta information. */
  | { readonly kind: 'dicom'; readonly layout: 'part10' }
  /** A bare data set recognised by its first elements. */
  | { readonly kind: 'dicom'; readonly layout: 'raw'; readonly encoding: RawEncoding }
  /** A DICOMDIR (Media Storage Directory), to be read with readDicomdir, not imported as an image. */
  | { readonly kind: 'dicomdir' }
  /** Something discs carry beside the images; skipped and counted. */
  | { readonly kind: 'junk'; readonly category: JunkCategory; readonly format: string }
  /** Nothing recognised: not read, and listed with the reason. */
  | { readonly kind: 'not-dicom'; readonly reason: string };

function isDicomdirName(path: string): boolean {
  const base = path.replace(/\\/g, '/').split('/').pop() ?? '';
  return /^dicomdir(;\d+)?\.?$/i.test(base);
}

/**
 * Says what a file found on a disc, folder or ZIP is, from its path, size and first bytes (give at least
 * CLASSIFY_HEAD_BYTES, or the whole file if smaller). Never throws. DICOM is recognised first (so a DICOM
 * file named ".jpg" is still DICOM), then well-known formats by their magic numbers, then a bare DICOM
 * data set by a strict check of its first elements, then disc leftovers by name and text content.
 */
export function classifyFile(path: string, size: number, head: Uint8Array): FileClass {
  if (size === 0) return { kind: 'junk', category: 'empty', format: 'empty file' };
  if (hasPart10Prefix(head)) {
    const meta = readMetaSummary(head);
    if (meta.mediaStorageSopClassUid === MEDIA_STORAGE_DIRECTORY || isDicomdirName(path))
      return { kind: 'dicomdir' };
    return { kind: 'dicom', layout: 'part10' };
  }
  const magic = sniffMagic(path, size, head);
  if (magic) return { kind: 'junk', ...magic };
  const raw = detectRawDataSet(head, size);
  if (raw)
    return isDicomdirName(path) ? { kind: 'dicomdir' } : { kind: 'dicom', layout: 'raw', encoding: raw };
  const byName = sniffName(path) ?? sniffText(path, head);
  if (byName) return { kind: 'junk', ...byName };
  return { kind: 'not-dicom', reason: notDicomReason(size) };
}

export function notDicomReason(size: number): string {
  if (size < 132) {
    return `not DICOM: only ${size} bytes, no recognisable data elements at the start`;
  }
  return 'not DICOM: no "DICM" marker at byte 128 and no recognisable data elements at the start';
}
