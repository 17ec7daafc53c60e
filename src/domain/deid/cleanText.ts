/** VRs of free text that the C (clean) action can clean word by word. */
export const FREE_TEXT_VRS = new Set(['LO', 'SH', 'ST', 'LT', 'UT', 'UC']);

/** ASCII separators between words; the same bytes in every single-byte charset and in UTF-8. */
const SEPARATORS = new Set([...' \t\r\n^\\/,;:()[]{}<>=+-_.\'"#*&|'].map((c) => c.charCodeAt(0)));

const latin1 = new TextDecoder('latin1');

/** Lower-case words of at least 2 characters from identifying values (names, IDs), for matching. */
export function identifyingWords(values: readonly Uint8Array[]): Set<string> {
  const words = new Set<string>();
  for (const value of values) {
    for (const word of latin1.decode(value).split(/[\s^\\/,;:()=+\-_.'"]+/)) {
      if (word.length >= 2) words.add(word.toLowerCase());
    }
  }
  return words;
}

/**
 * The C action on a description (PS3.15 E.3.5 Clean Descriptors): keeps the words that describe the
 * procedure and drops the words that may identify someone: any word equal to a name or ID found in the
 * same data set, and any number of 4 or more digits, also when written with date or time separators
 * (dates, IDs, phone and accession numbers).
 *
 * Works on the value's bytes so the file's character set is kept without re-encoding: words are split at
 * ASCII separators, which mean the same in every single-byte charset and in UTF-8. A value using ISO 2022
 * escapes (ESC, 0x1B) cannot be split safely: undefined is returned and the caller falls back to the
 * basic action.
 */
export function cleanText(value: Uint8Array, identifying: ReadonlySet<string>): Uint8Array | undefined {
  if (value.includes(0x1b)) return undefined;
  // latin1 maps each byte to one character, so string indices are byte offsets.
  const whole = latin1.decode(value);
  const numeric = new Uint8Array(value.length);
  for (const m of whole.matchAll(/[0-9][0-9\-/.:]*[0-9]/g)) {
    // A number written with date or time separators (2019-05-01, 12.03.1960) counts as one.
    if (m[0].replace(/[^0-9]/g, '').length >= 4) numeric.fill(1, m.index, m.index + m[0].length);
  }
  const out: number[] = [];
  let start = 0;
  const flush = (end: number) => {
    if (end <= start) return;
    const word = value.subarray(start, end);
    const text = latin1.decode(word);
    const digits = text.replace(/[^0-9]/g, '').length;
    if (digits < 4 && !numeric.subarray(start, end).includes(1) && !identifying.has(text.toLowerCase())) {
      out.push(...word);
    }
  };
  for (let i = 0; i < value.length; i++) {
    const b = value[i] as number;
    if (SEPARATORS.has(b)) {
      flush(i);
      start = i + 1;
      // Keep a separator only after kept text, so dropped words leave no runs of punctuation behind.
      if (out.length > 0 && !SEPARATORS.has(out[out.length - 1] as number)) out.push(b);
    }
  }
  flush(value.length);
  while (out.length > 0 && SEPARATORS.has(out[out.length - 1] as number)) out.pop();
  return new Uint8Array(out);
}
