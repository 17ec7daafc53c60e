/**
 * The character repertoires a DICOM SpecificCharacterSet (0008,0005) can name (PS3.3 C.12.1.1.2), and
 * how each one's bytes become text. The byte-to-character tables themselves come from TextDecoder (the
 * WHATWG Encoding Standard, present in browsers, workers and Node); only the DICOM naming and the
 * ISO 2022 register model (G0 / G1) are ours, because no decoder knows them.
 */

/** One repertoire that can be invoked into G0 (7-bit bytes) or G1 (bytes with the high bit set). */
export interface CodeElement {
  readonly term: string;
  /** Register it occupies after its escape sequence. */
  readonly register: 0 | 1;
  /** True when a character takes two bytes: delimiters cannot be recognised inside it. */
  readonly multiByte: boolean;
  /** Decodes a run of bytes that all belong to this register. */
  readonly decode: (bytes: Uint8Array) => string;
}

const decoders = new Map<string, TextDecoder>();
export function textDecoder(label: string): TextDecoder {
  let decoder = decoders.get(label);
  if (!decoder) {
    decoder = new TextDecoder(label);
    decoders.set(label, decoder);
  }
  return decoder;
}

const viaDecoder =
  (label: string) =>
  (bytes: Uint8Array): string =>
    textDecoder(label).decode(bytes);

function ascii(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/** JIS X 0208 arrives as 7-bit pairs; EUC-JP is the same code points with the high bit set. */
function jisX0208(bytes: Uint8Array): string {
  return textDecoder('euc-jp').decode(bytes.map((b) => b | 0x80));
}

/** JIS X 0212 in EUC-JP is each 7-bit pair with the high bit set, behind the single shift 0x8F. */
function jisX0212(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 2) * 3);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    out[o++] = 0x8f;
    out[o++] = (bytes[i] ?? 0) | 0x80;
    out[o++] = (bytes[i + 1] ?? 0) | 0x80;
  }
  return textDecoder('euc-jp').decode(out.subarray(0, o));
}

const single = (term: string, label: string): CodeElement => ({
  term,
  register: 1,
  multiByte: false,
  decode: viaDecoder(label),
});

export const G0_ASCII: CodeElement = { term: 'ISO 2022 IR 6', register: 0, multiByte: false, decode: ascii };
/** JIS X 0201 Roman: ASCII except yen and overline, which Shift_JIS maps the way other DICOM readers do. */
export const G0_JIS_ROMAN: CodeElement = {
  term: 'ISO 2022 IR 13',
  register: 0,
  multiByte: false,
  decode: viaDecoder('shift_jis'),
};
export const G1_JIS_KATAKANA: CodeElement = single('ISO 2022 IR 13', 'shift_jis');
const G0_JIS_X0208: CodeElement = { term: 'ISO 2022 IR 87', register: 0, multiByte: true, decode: jisX0208 };
const G0_JIS_X0212: CodeElement = { term: 'ISO 2022 IR 159', register: 0, multiByte: true, decode: jisX0212 };
const G1_KS_X1001: CodeElement = {
  term: 'ISO 2022 IR 149',
  register: 1,
  multiByte: true,
  decode: viaDecoder('euc-kr'),
};
const G1_GB2312: CodeElement = {
  term: 'ISO 2022 IR 58',
  register: 1,
  multiByte: true,
  decode: viaDecoder('gb18030'),
};

/** ISO 8859 parts and TIS 620, keyed by their ISO-IR registration number. */
const SINGLE_BYTE_LABELS: Record<string, string> = {
  '100': 'iso-8859-1',
  '101': 'iso-8859-2',
  '109': 'iso-8859-3',
  '110': 'iso-8859-4',
  '144': 'iso-8859-5',
  '127': 'iso-8859-6',
  '126': 'iso-8859-7',
  '138': 'iso-8859-8',
  '148': 'iso-8859-9',
  '203': 'iso-8859-15',
  '166': 'windows-874',
};

/** Escape sequences (the bytes after ESC) and the code element each one designates (PS3.3 Table C.12-3/-4). */
export const ESCAPES: ReadonlyArray<readonly [string, CodeElement]> = [
  ['(B', G0_ASCII],
  ['(J', G0_JIS_ROMAN],
  [')I', G1_JIS_KATAKANA],
  ['$B', G0_JIS_X0208],
  ['$@', G0_JIS_X0208], // the 1978 edition's designation, seen on old Japanese equipment
  ['$(D', G0_JIS_X0212],
  ['$)C', G1_KS_X1001],
  ['$)A', G1_GB2312],
  ['-A', single('ISO 2022 IR 100', 'iso-8859-1')],
  ['-B', single('ISO 2022 IR 101', 'iso-8859-2')],
  ['-C', single('ISO 2022 IR 109', 'iso-8859-3')],
  ['-D', single('ISO 2022 IR 110', 'iso-8859-4')],
  ['-L', single('ISO 2022 IR 144', 'iso-8859-5')],
  ['-G', single('ISO 2022 IR 127', 'iso-8859-6')],
  ['-F', single('ISO 2022 IR 126', 'iso-8859-7')],
  ['-H', single('ISO 2022 IR 138', 'iso-8859-8')],
  ['-M', single('ISO 2022 IR 148', 'iso-8859-9')],
  ['-b', single('ISO 2022 IR 203', 'iso-8859-15')],
  ['-T', single('ISO 2022 IR 166', 'windows-874')],
];

/** The registers a defined term sets up when it is value 1, i.e. the state every value starts in. */
export interface InitialRegisters {
  readonly g0: CodeElement;
  readonly g1: CodeElement | undefined;
}

/** The fallback when value 1 names nothing known: ASCII in G0, Latin-1 in G1. */
export const LATIN1_REGISTERS: InitialRegisters = {
  g0: G0_ASCII,
  g1: single('ISO 2022 IR 100', 'iso-8859-1'),
};

/** Maps an ISO 2022 term ("ISO 2022 IR 100") to the registers it designates, or undefined if unknown. */
export function iso2022Registers(term: string): InitialRegisters | undefined {
  const number = /^ISO2022IR(\d+)$/.exec(normaliseTerm(term))?.[1];
  if (number === undefined) return undefined;
  if (number === '6') return { g0: G0_ASCII, g1: undefined };
  if (number === '13') return { g0: G0_JIS_ROMAN, g1: G1_JIS_KATAKANA };
  const label = SINGLE_BYTE_LABELS[number];
  if (label) return { g0: G0_ASCII, g1: single(`ISO 2022 IR ${number}`, label) };
  const multi = ESCAPES.find(([, e]) => e.term === `ISO 2022 IR ${number}`)?.[1];
  if (!multi) return undefined;
  return multi.register === 0 ? { g0: multi, g1: undefined } : { g0: G0_ASCII, g1: multi };
}

/** TextDecoder label for a term used without code extensions ("ISO_IR 100", "ISO_IR 192", "GB18030"). */
export function plainDecoderLabel(term: string): string | undefined {
  const t = normaliseTerm(term);
  if (t === '' || t === 'ISOIR6') return 'windows-1252';
  if (t === 'ISOIR192') return 'utf-8';
  if (t === 'GB18030') return 'gb18030';
  if (t === 'GBK') return 'gbk';
  if (t === 'ISOIR13') return 'shift_jis';
  const number = /^ISOIR(\d+)$/.exec(t)?.[1];
  return number === undefined ? undefined : SINGLE_BYTE_LABELS[number];
}

/**
 * Upper case without spaces, underscores or hyphens, so the misspellings real equipment writes
 * ("ISO-IR 100", "ISO_IR_100", "iso_ir 192") resolve like the defined terms.
 */
export function normaliseTerm(term: string): string {
  return term.toUpperCase().replace(/[\s_-]/g, '');
}
