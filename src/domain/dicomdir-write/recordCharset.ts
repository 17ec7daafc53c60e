import type { DirectoryText } from './model';

export const UTF8_CHARSET = 'ISO_IR 192';

/** ASCII without ESC: ESC (0x1B) is how ISO 2022 charsets switch, so a value holding it is not plain ASCII. */
export function isAsciiText(value: DirectoryText): boolean {
  if (typeof value === 'string') {
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c >= 0x80 || c === 0x1b) return false;
    }
    return true;
  }
  for (const b of value) if (b >= 0x80 || b === 0x1b) return false;
  return true;
}

/** Value bytes without the trailing padding (space or NUL) the source may have carried. */
export function trimTrailingPadding(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x00)) end--;
  return bytes.subarray(0, end);
}

const utf8 = new TextEncoder();

export interface RecordTextEncoder {
  /** Specific Character Set to write in the record, or undefined when every text key is ASCII. */
  readonly charset: string | undefined;
  readonly encode: (value: DirectoryText) => Uint8Array;
}

/**
 * Decides the Specific Character Set (0008,0005) of one directory record (PS3.3 F.5: Type 1C, required when
 * a key uses an extended or replacement repertoire).
 *
 * The choice: values taken from a file keep their original bytes and the record states the source's own
 * Specific Character Set. Copying is lossless and exact, needs no encoder for ISO 2022, GB18030 or any other
 * legacy charset (the platform only encodes UTF-8), and a reader that can read the image's names reads the
 * record the same way. Only text supplied as JavaScript strings that are not ASCII is written as UTF-8 with
 * ISO_IR 192, the one repertoire that holds any string.
 */
export function recordTextEncoder(
  values: readonly (DirectoryText | undefined)[],
  sourceCharset: string | undefined,
  warn: (message: string) => void,
  what: string,
): RecordTextEncoder {
  const nonAscii = values.filter((v): v is DirectoryText => v !== undefined && !isAsciiText(v));
  const plain = (value: DirectoryText) =>
    typeof value === 'string' ? utf8.encode(value.replace(/[ \0]+$/, '')) : trimTrailingPadding(value);
  if (nonAscii.length === 0) return { charset: undefined, encode: plain };
  const hasBytes = nonAscii.some((v) => typeof v !== 'string');
  if (!hasBytes) return { charset: UTF8_CHARSET, encode: plain };
  let charset = sourceCharset?.trim();
  if (!charset) {
    warn(
      `${what}: text is not ASCII but the source has no Specific Character Set; recorded as ISO_IR 100 (Latin-1).`,
    );
    charset = 'ISO_IR 100';
  }
  if (charset === UTF8_CHARSET) return { charset, encode: plain };
  const hasStrings = nonAscii.some((v) => typeof v === 'string');
  if (!hasStrings) return { charset, encode: plain };
  warn(
    `${what}: text given as Unicode cannot be written in ${charset}; its non-ASCII characters became "?".`,
  );
  return {
    charset,
    encode: (value) => plain(typeof value === 'string' ? value.replace(/[^\p{ASCII}]/gu, '?') : value),
  };
}
