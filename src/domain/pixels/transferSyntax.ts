import { transferSyntax, type PixelEncoding } from '../dicom/uids/transferSyntaxes';

export type { PixelEncoding } from '../dicom/uids/transferSyntaxes';

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

/** The transfer syntax of a UID; an unknown UID is reported as unsupported under its own number. */
export function transferSyntaxOf(uid: string): TransferSyntax {
  const known = transferSyntax(uid);
  return {
    uid,
    name: known?.name ?? `unknown transfer syntax ${uid}`,
    encoding: known?.pixels ?? 'unsupported',
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
