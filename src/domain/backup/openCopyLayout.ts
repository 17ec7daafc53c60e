import { safePackageName } from '../package/safePackageName';

/**
 * The plain layout of an open (unencrypted) copy, browsable without this app:
 *
 *   Medical_Scans/
 *     Scan_Log.csv
 *     <YYYY-MM-DD>_<BodyPart>_<Modality>/DICOM/S<series>_<description>/IM<instance>.dcm
 */
export const OPEN_COPY_ROOT = 'Medical_Scans';
export const SCAN_LOG_FILE = 'Scan_Log.csv';

export interface StudyNaming {
  /** DICOM date (YYYYMMDD) or ISO date; missing gives "Unknown-date". */
  readonly date?: string | undefined;
  readonly bodyParts: readonly string[];
  readonly modalities: readonly string[];
}

/** YYYYMMDD (or YYYY-MM-DD) → YYYY-MM-DD; anything else → null. */
export function isoStudyDate(date: string | undefined): string | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(date?.trim() ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function part(text: string, fallback: string): string {
  // Title case reads better in a file browser than the all-capitals DICOM uses ("CHEST" → "Chest").
  const words = text
    .trim()
    .toLowerCase()
    .split(/[\s_]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  return safePackageName(words.join('-'), undefined, { fallback, maxLength: 40 }).replace(/[._]/g, '-');
}

/** The study's folder name; `taken` (lower-cased names already used) keeps two same-day studies apart. */
export function studyFolderName(study: StudyNaming, taken: Set<string>): string {
  const date = isoStudyDate(study.date) ?? 'Unknown-date';
  const body = part(study.bodyParts[0] ?? '', 'Unknown');
  const modality = safePackageName(study.modalities.join('-'), undefined, {
    fallback: 'OT',
    maxLength: 24,
  }).replace(/[._]/g, '-');
  let name = `${date}_${body}_${modality}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${date}_${body}_${modality}-${n}`;
  taken.add(name.toLowerCase());
  return name;
}

export function seriesFolderName(
  number: number | undefined,
  description: string | undefined,
  taken: Set<string>,
): string {
  const num = number === undefined ? 'S000' : `S${String(number).padStart(3, '0')}`;
  const desc = description?.trim() ? `_${description}` : '';
  return safePackageName(`${num}${desc}`, taken, { fallback: num, maxLength: 60 });
}

export function instanceFileName(
  instanceNumber: number | undefined,
  ordinal: number,
  taken: Set<string>,
): string {
  const n = instanceNumber ?? ordinal;
  return safePackageName(`IM${String(n).padStart(5, '0')}.dcm`, taken);
}
