import { unguardCell } from './csvFormulaGuard';
import { isIsoDate } from './isoDate';
import { parseCsv } from './parseCsv';
import type { ScanLogRow } from './scanLog';
import { toCsv } from './toCsv';
import type { CsvColumn } from './toCsv';

type ScanLogField = Exclude<keyof ScanLogRow, 'id' | 'facilityId'>;

/** The exported columns, in order. Headers are what a spreadsheet user sees and what import looks for. */
export const SCAN_LOG_COLUMNS: ReadonlyArray<readonly [ScanLogField, string]> = [
  ['date', 'Date'],
  ['bodyPart', 'Body part'],
  ['modality', 'Modality'],
  ['facility', 'Facility'],
  ['keyMeasurements', 'Key measurements'],
  ['storedInVault', 'Stored in vault'],
  ['originalDiscLabel', 'Original disc label'],
  ['studyUid', 'Study Instance UID'],
];

/** The scan log as CSV text (RFC 4180 with BOM; see toCsv). Encode it as UTF-8 to save it. */
export function scanLogToCsv(rows: readonly ScanLogRow[]): string {
  const columns: CsvColumn<ScanLogRow>[] = SCAN_LOG_COLUMNS.map(([field, header]) => ({
    header,
    value: (row) => row[field],
  }));
  return toCsv(rows, columns);
}

export type ImportedScanLogRow = Omit<ScanLogRow, 'id' | 'facilityId'>;

export interface ScanLogImport {
  readonly rows: ImportedScanLogRow[];
  /** Rows that were left out, or columns that were ignored, each with its line and reason. */
  readonly problems: ReadonlyArray<{ readonly line: number; readonly reason: string }>;
}

/**
 * Reads a scan log CSV (as written by scanLogToCsv, or edited in a spreadsheet app): columns are found by
 * header in any order, the formula guard's apostrophe is removed, and each bad row is reported and skipped
 * without losing the others. A CSV syntax error throws CsvSyntaxError (line and column); a file without a
 * Date column throws too, since nothing in it could be read.
 */
export function parseScanLogCsv(text: string): ScanLogImport {
  const records = parseCsv(text).map((r) => r.map(unguardCell));
  const problems: Array<{ line: number; reason: string }> = [];
  const [header, ...body] = records;
  if (!header) throw new Error('The scan log CSV is empty: it has no header row.');
  const index = new Map<ScanLogField, number>();
  header.forEach((h, i) => {
    const column = SCAN_LOG_COLUMNS.find(([, title]) => title.toLowerCase() === h.trim().toLowerCase());
    if (column) index.set(column[0], i);
    else if (h.trim() !== '')
      problems.push({ line: 1, reason: `Column "${h}" is not part of the scan log; ignored.` });
  });
  if (!index.has('date')) {
    throw new Error(`The scan log CSV has no "Date" column (its columns are: ${header.join(', ')}).`);
  }
  const rows: ImportedScanLogRow[] = [];
  body.forEach((cells, n) => {
    const line = n + 2;
    if (cells.length === 1 && cells[0] === '') return;
    const get = (f: ScanLogField) => {
      const i = index.get(f);
      return i === undefined ? '' : (cells[i] ?? '');
    };
    if (cells.length !== header.length) {
      problems.push({
        line,
        reason: `Row has ${cells.length} fields, the header has ${header.length}; skipped.`,
      });
      return;
    }
    const date = get('date').trim();
    // An empty date is a study whose DICOM header gives none; anything else must be a real date.
    if (date !== '' && !isIsoDate(date)) {
      problems.push({ line, reason: `Date "${date}" is not a date written YYYY-MM-DD; row skipped.` });
      return;
    }
    const stored = get('storedInVault').trim().toLowerCase();
    rows.push({
      date,
      bodyPart: get('bodyPart'),
      modality: get('modality'),
      facility: get('facility'),
      keyMeasurements: get('keyMeasurements'),
      storedInVault: ['yes', 'true', '1', 'y'].includes(stored),
      originalDiscLabel: get('originalDiscLabel'),
      studyUid: get('studyUid'),
    });
  });
  return { rows, problems };
}
