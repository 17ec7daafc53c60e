import type { IssueLog } from './issues';

export type TagDecoder = (bytes: Uint8Array) => string;

export interface ResolvedEncoding {
  /** Canonical name shown to the user. */
  readonly name: string;
  readonly decode: TagDecoder;
  readonly isUtf8: boolean;
}

/**
 * ISO-8859-1 by hand: the WHATWG Encoding Standard (and so TextDecoder) maps the label "iso-8859-1" to
 * windows-1252, which reads bytes 0x80-0x9F differently from the real Latin-1 a bag declares.
 */
function decodeLatin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return out;
}

/**
 * "UTF-16" without an order names no byte order: the byte-order mark decides, as Python and Java read it.
 * With no mark we guess from where the zero bytes of ASCII text fall, since tag files start with ASCII.
 */
function decodeUtf16(bytes: Uint8Array): string {
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const bigEndian = be || (!le && bytes[0] === 0 && bytes[1] !== 0);
  return new TextDecoder(bigEndian ? 'utf-16be' : 'utf-16le', { fatal: true }).decode(bytes);
}

/** The decoder for a Tag-File-Character-Encoding value, or undefined when this runtime has none. */
export function resolveEncoding(label: string): ResolvedEncoding | undefined {
  const key = label.trim().toLowerCase().replace(/[_\s]/g, '-');
  if (key === 'utf-8' || key === 'utf8') {
    return {
      name: 'UTF-8',
      isUtf8: true,
      decode: (b) => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b),
    };
  }
  if (['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'iso-ir-100'].includes(key)) {
    return { name: 'ISO-8859-1', isUtf8: false, decode: decodeLatin1 };
  }
  if (key === 'utf-16') return { name: 'UTF-16', isUtf8: false, decode: decodeUtf16 };
  try {
    const decoder = new TextDecoder(key, { fatal: true });
    return { name: decoder.encoding.toUpperCase(), isUtf8: false, decode: (b) => decoder.decode(b) };
  } catch {
    return undefined;
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function startsWithUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((b, i) => bytes[i] === b);
}

/**
 * Decode one tag file with the bag's declared encoding. RFC 8493 2.3 forbids a UTF-8 byte-order mark from
 * 1.0 on; earlier bags get a warning. Bytes that are not valid in the encoding are an error naming the
 * file, and the text is still returned (with replacement characters) so the rest can be checked.
 */
export function decodeTagFile(
  bytes: Uint8Array,
  fileName: string,
  encoding: ResolvedEncoding,
  strict: boolean,
  log: IssueLog,
): string {
  let body = bytes;
  if (encoding.isUtf8 && startsWithUtf8Bom(bytes)) {
    log.strictFrom10(
      strict,
      'bom',
      `${fileName} begins with a UTF-8 byte-order mark, which RFC 8493 2.3 forbids.`,
      fileName,
    );
    body = bytes.subarray(3);
  }
  try {
    const text = encoding.decode(body);
    // A UTF-16 mark decodes to U+FEFF: it is the byte order, not content.
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch {
    log.error('encoding', `${fileName} is not valid ${encoding.name} text, as bagit.txt declares.`, fileName);
    return new TextDecoder(encoding.isUtf8 ? 'utf-8' : 'latin1').decode(body);
  }
}
