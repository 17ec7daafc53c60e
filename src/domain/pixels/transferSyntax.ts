import { transferSyntax } from '../dicom/uids/transferSyntaxes';

/** How the Pixel Data of a transfer syntax is laid out and which decoder reads it (PS3.5 §10, Annex A). */
export type PixelEncoding =
  | 'native'
  | 'native-big-endian'
  | 'encapsulated-native'
  | 'rle'
  | 'jpeg-baseline'
  | 'jpeg-lossless'
  | 'jpeg-ls'
  | 'jpeg-2000'
  | 'htj2k'
  | 'unsupported';

export interface TransferSyntax {
  readonly uid: string;
  readonly name: string;
  readonly encoding: PixelEncoding;
  /**
   * The syntax may discard information: lossy by definition, or a JPEG 2000 / HTJ2K / JPEG XL syntax not
   * restricted to lossless (a lossless syntax can still hold a lossy-derived image: the codec says so).
   */
  readonly lossy: boolean;
  readonly deflated?: boolean;
}

/**
 * How each syntax this viewer shows stores its pixels. Names and lossiness come from the one table of
 * PS3.6 Annex A in domain/dicom/uids; every other syntax (video, JPIP, JPEG XL, Deflated Image Frame,
 * the retired JPEG processes) is known by name and reported as not shown.
 */
const ENCODINGS: Readonly<Record<string, PixelEncoding>> = {
  '1.2.840.10008.1.2': 'native',
  '1.2.840.10008.1.2.1': 'native',
  '1.2.840.10008.1.2.1.99': 'native',
  '1.2.840.10008.1.2.2': 'native-big-endian',
  '1.2.840.10008.1.2.1.98': 'encapsulated-native',
  '1.2.840.10008.1.2.5': 'rle',
  '1.2.840.10008.1.2.4.50': 'jpeg-baseline',
  '1.2.840.10008.1.2.4.51': 'jpeg-baseline',
  '1.2.840.10008.1.2.4.57': 'jpeg-lossless',
  '1.2.840.10008.1.2.4.70': 'jpeg-lossless',
  '1.2.840.10008.1.2.4.80': 'jpeg-ls',
  '1.2.840.10008.1.2.4.81': 'jpeg-ls',
  '1.2.840.10008.1.2.4.90': 'jpeg-2000',
  '1.2.840.10008.1.2.4.91': 'jpeg-2000',
  '1.2.840.10008.1.2.4.92': 'jpeg-2000',
  '1.2.840.10008.1.2.4.93': 'jpeg-2000',
  '1.2.840.10008.1.2.4.201': 'htj2k',
  '1.2.840.10008.1.2.4.202': 'htj2k',
  '1.2.840.10008.1.2.4.203': 'htj2k',
};

/** The transfer syntax of a UID; an unknown UID is reported as unsupported under its own number. */
export function transferSyntaxOf(uid: string): TransferSyntax {
  const known = transferSyntax(uid);
  return {
    uid,
    name: known?.name ?? `unknown transfer syntax ${uid}`,
    encoding: ENCODINGS[uid] ?? 'unsupported',
    lossy: known !== undefined && known.lossy !== 'no',
    ...(known?.encoding === 'deflated-le' ? { deflated: true } : {}),
  };
}

export const STORED_INTACT =
  'The original file is stored intact and can be exported unchanged to a viewer that reads it.';

/** The message a viewer shows for a compression it cannot display; `reason` replaces the generic cause. */
export function unsupportedMessage(ts: TransferSyntax, reason?: string): string {
  const cause =
    reason ?? `This image is compressed as ${ts.name} (${ts.uid}), which this viewer cannot display.`;
  return `${cause} ${STORED_INTACT}`;
}
