/**
 * CSV/formula injection guard (OWASP "CSV Injection"). A spreadsheet app opening the scan log would run a
 * cell such as `=HYPERLINK(...)` or `@SUM(...)` as a formula, and a value typed into a record or imported
 * from someone else's file could be one. So a cell starting with = + - @ (or a tab or carriage return, which
 * some apps skip before looking for the formula sign) gets a leading apostrophe: spreadsheets show it as
 * text. Plain numbers ("-3.5", "+2") are left alone, since no app treats them as formulas and a negative
 * measurement should stay a number.
 *
 * The guard is reversible, so a log exported and imported again is unchanged: a value that already starts
 * with apostrophes before such a sign gets one more, and `unguardCell` removes exactly one.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function guardCell(value: string): string {
  return NEEDS_GUARD.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The inverse of guardCell, for cells read back from a file this app wrote. */
export function unguardCell(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) && !PLAIN_NUMBER.test(cell.slice(1)) ? cell.slice(1) : cell;
}
