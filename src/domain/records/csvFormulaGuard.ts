/**
 * CSV/formula injection guard (OWASP "CSV Injection"). A spreadsheet app opening the scan log would run a
 * cell such as `=HYPERLINK(...)` or `@SUM(...)` as a formula, and a value typed into a record or imported
 * from someone else's file could be one. So a cell starting with = + - @ (or a tab or carriage return, which
 * some apps skip before looking for the formula sign) gets a leading apostrophe: spreadsheets show it as
 * text. Plain numbers ("-3.5", "+2") are left alone, since no app treats them as formulas and a negative
 * measurement should stay a number.
 *
 * A spreadsheet set to another locale's separator splits a cell where we did not: Excel in German or French
 * reads a comma-separated file with semicolons, and a pasted table may be split at tabs. So a formula sign
 * after any of `, ; \t` (past spaces, quotes and carriage returns, which apps skip) gets the same apostrophe there, and toCsv
 * quotes every cell holding one of those characters, so an app that honours quotes keeps the cell whole.
 *
 * The guard is reversible, so a log exported and imported again is unchanged: a value that already has
 * apostrophes before such a sign gets one more, and `unguardCell` removes exactly one at each place.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Separators of the locales' CSV dialects; a spreadsheet may split a cell at any of them. */
const SEPARATOR = /([,;\t])/;
/** What apps skip at the start of a split-off cell before looking for a formula sign. */
const SKIPPED = /^[ "\r]*/;
const INNER_NEEDS_GUARD = /^'*[=+\-@]/;
const INNER_GUARDED = /^'+[=+\-@]/;

export function guardCell(value: string): string {
  const inner = mapSplitPieces(value, (piece) =>
    INNER_NEEDS_GUARD.test(piece) && !PLAIN_NUMBER.test(piece) ? `'${piece}` : piece,
  );
  return NEEDS_GUARD.test(inner) && !PLAIN_NUMBER.test(inner) ? `'${inner}` : inner;
}

/** The inverse of guardCell, for cells read back from a file this app wrote. */
export function unguardCell(cell: string): string {
  const outer = GUARDED.test(cell) && !PLAIN_NUMBER.test(cell.slice(1)) ? cell.slice(1) : cell;
  return mapSplitPieces(outer, (piece) =>
    INNER_GUARDED.test(piece) && !PLAIN_NUMBER.test(piece.slice(1)) ? piece.slice(1) : piece,
  );
}

/**
 * Applies `map` to every piece that follows a separator, after the spaces and quotes an app would skip; the
 * text before the first separator and the separators themselves are left as they are.
 */
function mapSplitPieces(value: string, map: (piece: string) => string): string {
  const parts = value.split(SEPARATOR);
  for (let i = 2; i < parts.length; i += 2) {
    const part = parts[i] ?? '';
    const skipped = SKIPPED.exec(part)?.[0] ?? '';
    parts[i] = skipped + map(part.slice(skipped.length));
  }
  return parts.join('');
}
