export interface JsonErrorLocation {
  /** 0-based character offset. */
  readonly offset: number;
  /** 1-based line and column. */
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

/**
 * Where the first JSON syntax error in a text is. JSON.parse's messages give a position only for some errors
 * (V8: "Unexpected token '}', ...is not valid JSON" has none), so after JSON.parse has failed this small
 * validating scanner walks the text again to find the spot. Returns null if it finds no error.
 */
export function locateJsonError(text: string): JsonErrorLocation | null {
  const scanner = new Scanner(text);
  try {
    scanner.skipSpace();
    scanner.value(0);
    scanner.skipSpace();
    if (scanner.i < text.length) scanner.fail('unexpected text after the end of the JSON value');
    return null;
  } catch (e) {
    if (!(e instanceof ScanError)) throw e;
    const before = text.slice(0, e.offset);
    const line = before.split(/\r\n|\n|\r/).length;
    const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    return { offset: e.offset, line, column: e.offset - lastBreak, reason: e.reason };
  }
}

class ScanError {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

const MAX_DEPTH = 10_000;

class Scanner {
  i = 0;
  constructor(private readonly s: string) {}

  fail(reason: string, at = this.i): never {
    throw new ScanError(at, reason);
  }

  skipSpace(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i] ?? '')) this.i++;
  }

  value(depth: number): void {
    if (depth > MAX_DEPTH) this.fail('nesting too deep');
    const c = this.s[this.i];
    if (c === undefined) this.fail('the text ends where a value was expected');
    if (c === '{') return this.container('}', depth, true);
    if (c === '[') return this.container(']', depth, false);
    if (c === '"') return this.string();
    const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : null;
    if (word) {
      for (const expected of word) {
        if (this.s[this.i] !== expected) this.fail(`expected "${word}"`);
        this.i++;
      }
      return;
    }
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    this.fail(`unexpected character ${JSON.stringify(c)} where a value was expected`);
  }

  private container(close: string, depth: number, isObject: boolean): void {
    this.i++;
    this.skipSpace();
    if (this.s[this.i] === close) {
      this.i++;
      return;
    }
    for (;;) {
      if (isObject) {
        if (this.s[this.i] !== '"') this.fail('expected a property name in double quotes');
        this.string();
        this.skipSpace();
        if (this.s[this.i] !== ':') this.fail("expected ':' after the property name");
        this.i++;
        this.skipSpace();
      }
      this.value(depth + 1);
      this.skipSpace();
      const c = this.s[this.i];
      if (c === ',') {
        this.i++;
        this.skipSpace();
        if (this.s[this.i] === close) this.fail(`a trailing comma before '${close}'`);
        continue;
      }
      if (c === close) {
        this.i++;
        return;
      }
      this.fail(c === undefined ? `the text ends before '${close}'` : `expected ',' or '${close}'`);
    }
  }

  /** Errors point where a digit was expected, as V8's messages do. */
  private number(): void {
    if (this.s[this.i] === '-') this.i++;
    if (this.s[this.i] === '0') this.i++;
    else this.digits('no digit after the minus sign');
    if (this.s[this.i] === '.') {
      this.i++;
      this.digits('no digit after the decimal point');
    }
    if (this.s[this.i] === 'e' || this.s[this.i] === 'E') {
      this.i++;
      if (this.s[this.i] === '+' || this.s[this.i] === '-') this.i++;
      this.digits('no digit in the exponent');
    }
  }

  private digits(reason: string): void {
    const start = this.i;
    while (this.i < this.s.length && (this.s[this.i] ?? '') >= '0' && (this.s[this.i] ?? '') <= '9') this.i++;
    if (this.i === start) this.fail(reason);
  }

  private string(): void {
    const open = this.i;
    this.i++;
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) this.fail('a string is never closed', open);
      if (c === '"') {
        this.i++;
        return;
      }
      if (c < ' ') this.fail('a line break or control character inside a string');
      if (c === '\\') {
        const e = this.s[this.i + 1] ?? '';
        if (e === 'u') {
          for (let k = 2; k < 6; k++) {
            if (!/[0-9a-fA-F]/.test(this.s[this.i + k] ?? '')) this.fail('a bad \\u escape', this.i + k);
          }
          this.i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e) || e === '') this.fail('a bad escape in a string', this.i + 1);
        this.i += 2;
        continue;
      }
      this.i++;
    }
  }
}
