import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardCell, unguardCell } from '../../../../src/domain/records/csvFormulaGuard';
import { CsvSyntaxError, parseCsv } from '../../../../src/domain/records/parseCsv';
import { CSV_BOM, toCsv } from '../../../../src/domain/records/toCsv';

type Row = readonly string[];
const columnsFor = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ header: `c${i}`, value: (row: Row) => row[i] ?? '' }));

function startsFormula(cell: string): boolean {
  return /^[=+\-@\t\r]/.test(cell) && !/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(cell);
}

/** The cells a spreadsheet makes of one field when it splits at its locale's separator (, ; or tab). */
function localeSplitPieces(cell: string): string[] {
  return cell.split(/[,;\t]/).map((piece) => piece.replace(/^[ "\r]*/, ''));
}

describe('toCsv (RFC 4180)', () => {
  it('starts with a BOM, ends every record with CRLF and quotes only where needed', () => {
    const csv = toCsv(
      [['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 'Zürich – 東京 🩻']],
      columnsFor(6),
    );
    expect(csv).toBe(
      `${CSV_BOM}c0,c1,c2,c3,c4,c5\r\n` +
        'plain,"a,b","say ""hi""","two\nlines","cr\rhere",Zürich – 東京 🩻\r\n',
    );
  });

  it('encodes to UTF-8 bytes that begin EF BB BF', () => {
    const bytes = new TextEncoder().encode(toCsv([['é']], columnsFor(1)));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('c0\r\né\r\n');
  });

  it('writes numbers, booleans and missing values', () => {
    const csv = toCsv(
      [{ n: 12.5, b: true, x: null }],
      [
        { header: 'n', value: (r) => r.n },
        { header: 'b', value: (r) => r.b },
        { header: 'x', value: (r) => r.x },
      ],
    );
    expect(csv).toBe(`${CSV_BOM}n,b,x\r\n12.5,yes,\r\n`);
  });

  it('guards cells that a spreadsheet would run as formulas', () => {
    const csv = toCsv(
      [['=HYPERLINK("http://x","click")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '-3.5', "'=x"]],
      columnsFor(7),
    );
    const cells = parseCsv(csv)[1];
    expect(cells).toEqual([
      '\'=HYPERLINK("http://x","click")',
      "'+1+2",
      "'-2+3",
      "'@SUM(A1)",
      "'\tcmd",
      '-3.5',
      "''=x",
    ]);
    expect(cells?.map(unguardCell)).toEqual([
      '=HYPERLINK("http://x","click")',
      '+1+2',
      '-2+3',
      '@SUM(A1)',
      '\tcmd',
      '-3.5',
      "'=x",
    ]);
  });
});

describe('toCsv in a spreadsheet of another locale', () => {
  it('neutralises a formula after a comma, semicolon or tab and quotes the cell', () => {
    const values = ['a;=HYPERLINK("http://x")', 'b,@SUM(A1)', 'c\t+cmd', 'd; "-2+3"', '1;-3.5'];
    const csv = toCsv([values], columnsFor(5));
    // Every cell holding a separator is quoted, so an app that honours quotes keeps it whole.
    expect(csv.split('\r\n')[1]).toBe(
      `"a;'=HYPERLINK(""http://x"")","b,'@SUM(A1)","c\t'+cmd","d; ""'-2+3""","1;-3.5"`,
    );
    const cells = parseCsv(csv)[1] ?? [];
    // An app that splits at its own separator anyway sees no piece that starts a formula.
    for (const cell of cells)
      for (const piece of localeSplitPieces(cell)) expect(startsFormula(piece)).toBe(false);
    expect(cells.map(unguardCell)).toEqual(values);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes, CRLF and LF inside', () => {
    const text = 'a,"b,c","d ""e""","f\r\ng",h\r\n,"",x\r\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b,c', 'd "e"', 'f\r\ng', 'h'],
      ['', '', 'x'],
    ]);
  });

  it('drops a leading BOM, accepts a missing final line break and LF line ends', () => {
    expect(parseCsv(`${CSV_BOM}a,b\r\nc,d`)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a,b\nc,d\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('a,\r\n')).toEqual([['a', '']]);
  });

  it.each([
    ['a,b"c\r\n', 1, 4, 'a double quote inside an unquoted field'],
    ['a,"b"c\r\n', 1, 6, 'text after the closing quote'],
    ['x\r\na,"b\r\nc', 2, 3, 'never closed'],
    ['a\rb', 1, 2, 'carriage return without a line feed'],
    ['"multi\nline",ok\r\nbad"', 3, 4, 'a double quote inside an unquoted field'],
  ])('rejects %j at line %i, column %i', (text, line, column, reason) => {
    let error: unknown;
    try {
      parseCsv(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect(error).toMatchObject({ line, column });
    expect((error as Error).message).toContain(reason);
  });

  it('round-trips any table through toCsv, the formula guard accounted for', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.stringMatching(/^['=+\-@\t\r,;"\n a-z0-9.]{0,10}$/),
      fc.constantFrom('=1+1', '-5', "'=x", '"', '\r\n', ',', 'Ünïcödé 日本 🩻'),
    );
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((n) => fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 6 })),
        (rows) => {
          const width = rows[0]?.length ?? 1;
          const parsed = parseCsv(toCsv(rows, columnsFor(width)));
          expect(parsed[0]).toEqual(columnsFor(width).map((c) => c.header));
          expect(parsed.slice(1).map((r) => r.map(unguardCell))).toEqual(rows);
          // What a spreadsheet sees never starts a formula (a plain signed number is a number, not a formula).
          for (const r of parsed.slice(1))
            for (const c of r) {
              expect(startsFormula(c)).toBe(false);
              for (const piece of localeSplitPieces(c).slice(1)) expect(startsFormula(piece)).toBe(false);
            }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('guard and unguard are inverses', () => {
    fc.assert(fc.property(fc.string(), (s) => unguardCell(guardCell(s)) === s));
  });
});
