/** A CSV syntax error, with the 1-based line and column where it was found. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    reason: string,
  ) {
    super(`CSV line ${line}, column ${column}: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * Reads RFC 4180 CSV strictly: a leading BOM is dropped; records end in CRLF (a bare LF is accepted too, as
 * spreadsheet apps on some systems write it); a quote may appear only as a whole quoted field, with inner
 * quotes doubled; a quoted field may hold commas, quotes, CR and LF. Anything else (a quote in the middle of
 * a field, text after a closing quote, an unclosed quote, a bare CR) throws CsvSyntaxError naming the line
 * and column. A final line ending is optional; an empty text is no records. Cells are returned as written:
 * the formula guard's apostrophe is removed by the caller (unguardCell) when the file came from this app.
 */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const fail = (at: number, reason: string): never => {
    throw new CsvSyntaxError(line, at - lineStart + 1, reason);
  };
  if (s.length === 0) return records;
  for (;;) {
    let value = '';
    if (s[i] === '"') {
      const open = i;
      i++;
      for (;;) {
        const q = s.indexOf('"', i);
        if (q < 0) return fail(open, 'a quoted field is never closed.');
        const chunk = s.slice(i, q);
        value += chunk;
        const newlines = countLines(s, i, q);
        if (newlines > 0) {
          line += newlines;
          lineStart = Math.max(s.lastIndexOf('\n', q) + 1, s.lastIndexOf('\r', q) + 1);
        }
        if (s[q + 1] === '"') {
          value += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      if (i < s.length && s[i] !== ',' && s[i] !== '\r' && s[i] !== '\n') {
        fail(i, 'text after the closing quote of a field (a quote inside a field must be doubled).');
      }
    } else {
      const start = i;
      while (i < s.length && s[i] !== ',' && s[i] !== '\r' && s[i] !== '\n') {
        if (s[i] === '"') fail(i, 'a double quote inside an unquoted field (quote the whole field).');
        i++;
      }
      value = s.slice(start, i);
    }
    record.push(value);
    if (i >= s.length) {
      records.push(record);
      return records;
    }
    const c = s[i];
    if (c === ',') {
      i++;
      continue;
    }
    if (c === '\r' && s[i + 1] !== '\n') fail(i, 'a carriage return without a line feed outside quotes.');
    i += c === '\r' ? 2 : 1;
    records.push(record);
    record = [];
    line++;
    lineStart = i;
    if (i >= s.length) return records;
  }
}

/** Line breaks (CRLF, LF or CR each count once) in s[from, to). */
function countLines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    if (s[i] === '\n' || (s[i] === '\r' && s[i + 1] !== '\n')) n++;
  }
  return n;
}
