import {
  LATIN1_REGISTERS,
  iso2022Registers,
  normaliseTerm,
  plainDecoderLabel,
  textDecoder,
} from './codeElements';
import { decodeIso2022 } from './decodeIso2022';

/** Text value representations whose bytes follow SpecificCharacterSet (PS3.5 6.1.2.3); others are ASCII. */
export const CHARSET_VRS = new Set(['SH', 'LO', 'ST', 'LT', 'PN', 'UC', 'UT']);

/** Delimiters that return ISO 2022 registers to their initial state, by VR (PS3.5 6.1.2.5.3). */
function delimitersFor(vr: string): string {
  if (vr === 'PN') return '\\^=';
  if (vr === 'ST' || vr === 'LT' || vr === 'UT') return '';
  return '\\';
}

export interface CharacterSet {
  /** The SpecificCharacterSet values as written (empty list when absent). */
  readonly terms: readonly string[];
  /** Set when a term was not recognised; the text is then read as ISO 8859-1 (Latin-1). */
  readonly warning: string | undefined;
  /** Decodes the bytes of one element value (all its values, backslashes included) of the given VR. */
  decode(bytes: Uint8Array, vr: string): string;
}

/**
 * Builds the decoder for a SpecificCharacterSet. One value without "ISO 2022" selects a plain decoder
 * (Latin-x, UTF-8, GB18030, GBK); "ISO 2022 ..." or several values switch on code extensions. Non-ISO-2022
 * spellings mixed into a multi-valued set ("ISO_IR 100\ISO 2022 IR 87", written by some equipment) are
 * read as their ISO 2022 counterparts.
 */
export function characterSet(terms: readonly string[]): CharacterSet {
  const trimmed = terms.map((t) => t.trim());
  const first = trimmed[0] ?? '';
  const extended = trimmed.length > 1 || normaliseTerm(first).startsWith('ISO2022');

  if (!extended) {
    const label = plainDecoderLabel(first);
    const warning = label ? undefined : unknown(first);
    const decoder = textDecoder(label ?? 'windows-1252');
    return { terms: trimmed, warning, decode: (bytes) => decoder.decode(bytes) };
  }

  const asIso2022 = (t: string): string =>
    t === ''
      ? 'ISO 2022 IR 6'
      : normaliseTerm(t).startsWith('ISO2022')
        ? t
        : t.replace(/^ISO[_ -]?IR/i, 'ISO 2022 IR');
  const initial = iso2022Registers(asIso2022(first));
  const unknownTerms = trimmed.filter((t) => !iso2022Registers(asIso2022(t)));
  const warning = unknownTerms.length > 0 ? unknown(unknownTerms.join('\\')) : undefined;
  const registers = initial ?? LATIN1_REGISTERS;
  return {
    terms: trimmed,
    warning,
    decode: (bytes, vr) => decodeIso2022(bytes, registers, delimitersFor(vr)),
  };
}

function unknown(term: string): string {
  return `unknown Specific Character Set "${term}" (0008,0005): text read as Latin-1`;
}
