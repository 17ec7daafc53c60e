import { ESCAPES, textDecoder, type CodeElement, type InitialRegisters } from './codeElements';

const ESC = 0x1b;

/**
 * Decodes a text value written with ISO 2022 code extensions (PS3.5 6.1.2.5).
 *
 * Written by hand because no decoder does this: TextDecoder's 'iso-2022-jp' knows only the Japanese
 * G0 sets (not JIS X 0212 = ISO 2022 IR 159, nor the G1 sets Korean, Chinese and the ISO 8859 parts use),
 * and DICOM adds its own rule that every delimiter returns to the initial registers. So the bytes are cut
 * at escape sequences and delimiters here, and each run is decoded by TextDecoder for the repertoire
 * active in its register.
 *
 * `delimiters` are the characters that end a value part (`\` between values; `^` and `=` in a person
 * name); control characters (CR, LF, FF, TAB) always reset. A delimiter is only recognised while G0 holds a
 * single-byte set: inside a two-byte G0 set (JIS X 0208) the same byte is half of a character.
 */
export function decodeIso2022(bytes: Uint8Array, initial: InitialRegisters, delimiters: string): string {
  let g0: CodeElement = initial.g0;
  let g1: CodeElement | undefined = initial.g1;
  let out = '';
  let runStart = 0;

  const flush = (end: number): void => {
    if (end > runStart) out += decodeRun(bytes.subarray(runStart, end), g0, g1);
  };

  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b === ESC) {
      flush(i);
      const match = matchEscape(bytes, i + 1);
      if (match) {
        if (match.element.register === 0) g0 = match.element;
        else g1 = match.element;
        i += 1 + match.length;
      } else {
        // An unknown escape is kept visible rather than silently dropped, so a reader sees something is off.
        out += '\u001b';
        i += 1;
      }
      runStart = i;
      continue;
    }
    const isControl = b < 0x20;
    const isDelimiter = !g0.multiByte && delimiters.includes(String.fromCharCode(b));
    if (isControl || isDelimiter) {
      flush(i);
      out += String.fromCharCode(b);
      g0 = initial.g0;
      g1 = initial.g1;
      i += 1;
      runStart = i;
      continue;
    }
    i += 1;
  }
  flush(bytes.length);
  return out;
}

function matchEscape(bytes: Uint8Array, at: number): { element: CodeElement; length: number } | undefined {
  for (const [sequence, element] of ESCAPES) {
    let ok = at + sequence.length <= bytes.length;
    for (let k = 0; ok && k < sequence.length; k++) ok = bytes[at + k] === sequence.charCodeAt(k);
    if (ok) return { element, length: sequence.length };
  }
  return undefined;
}

/** Splits a run into its 7-bit (G0) and 8-bit (G1) stretches and decodes each with its register. */
function decodeRun(run: Uint8Array, g0: CodeElement, g1: CodeElement | undefined): string {
  let out = '';
  let start = 0;
  while (start < run.length) {
    const high = (run[start] as number) >= 0x80;
    let end = start + 1;
    while (end < run.length && (run[end] as number) >= 0x80 === high) end++;
    const part = run.subarray(start, end);
    if (!high) out += g0.decode(part);
    else out += g1 ? g1.decode(part) : textDecoder('windows-1252').decode(part);
    start = end;
  }
  return out;
}
