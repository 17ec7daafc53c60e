import { guardCell } from './csvFormulaGuard';

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<Row> {
  readonly header: string;
  readonly value: (row: Row) => CsvValue;
}

/** U+FEFF: without it Excel reads a UTF-8 CSV as the system code page and mangles every accent. */
export const CSV_BOM = '\uFEFF';

/**
 * Writes RFC 4180 CSV: a header row, CRLF after every record, fields containing a comma, double quote,
 * semicolon, tab, CR or LF enclosed in double quotes with inner quotes doubled. The text starts with a byte order mark
 * (encode it as UTF-8). Every cell passes the formula-injection guard (csvFormulaGuard.ts), so a value
 * starting with = + - @ comes out with a leading apostrophe. Hand-written: it is a dozen lines, and the
 * guard and BOM have to be exactly as specified here.
 */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const lines = [columns.map((c) => field(c.header))];
  for (const row of rows) lines.push(columns.map((c) => field(cellText(c.value(row)))));
  return CSV_BOM + lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}

function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

function field(value: string): string {
  const guarded = guardCell(value);
  // Semicolons and tabs are quoted too, though RFC 4180 needs it only for commas: a spreadsheet reading with
  // its locale's separator then keeps the cell whole (see csvFormulaGuard.ts).
  return /[",;\t\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
