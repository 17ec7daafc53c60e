import type { LossyTransferSyntax } from '../model';

/** How the data set after the file meta information is encoded. */
export type DataSetEncoding = 'implicit-le' | 'explicit-le' | 'explicit-be' | 'deflated-le';

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
  readonly encoding: DataSetEncoding;
  /** Pixel Data is a sequence of fragments (compressed or encapsulated). */
  readonly encapsulated: boolean;
  readonly lossy: LossyTransferSyntax;
  /**
   * How the viewer reads its pixels: 'unsupported' for every syntax it does not show (video, JPIP,
   * JPEG XL, the retired JPEG processes), which it names but does not decode.
   */
  readonly pixels: PixelEncoding;
}

const ts = (
  uid: string,
  name: string,
  lossy: LossyTransferSyntax,
  encapsulated = true,
  encoding: DataSetEncoding = 'explicit-le',
  pixels: PixelEncoding = 'unsupported',
): TransferSyntax => ({ uid, name, encoding, encapsulated, lossy, pixels });

/** A syntax the viewer decodes, with its decoder (Pixel Data encapsulated, data set explicit VR LE). */
const shown = (uid: string, name: string, lossy: LossyTransferSyntax, pixels: PixelEncoding) =>
  ts(uid, name, lossy, true, 'explicit-le', pixels);

/**
 * Transfer syntaxes of PS3.6 Annex A (names as there). "lossy" follows PS3.5 Section 8 and Annex A.4:
 * baseline/extended/progressive JPEG, JPEG-LS near-lossless and the video syntaxes always lose
 * information; JPEG 2000, HTJ2K and JPEG XL without "Lossless" in the name may or may not.
 */
const TABLE: readonly TransferSyntax[] = [
  ts('1.2.840.10008.1.2', 'Implicit VR Little Endian', 'no', false, 'implicit-le', 'native'),
  ts('1.2.840.10008.1.2.1', 'Explicit VR Little Endian', 'no', false, 'explicit-le', 'native'),
  shown(
    '1.2.840.10008.1.2.1.98',
    'Encapsulated Uncompressed Explicit VR Little Endian',
    'no',
    'encapsulated-native',
  ),
  ts('1.2.840.10008.1.2.1.99', 'Deflated Explicit VR Little Endian', 'no', false, 'deflated-le', 'native'),
  ts('1.2.840.10008.1.2.2', 'Explicit VR Big Endian', 'no', false, 'explicit-be', 'native-big-endian'),
  shown('1.2.840.10008.1.2.4.50', 'JPEG Baseline (Process 1)', 'yes', 'jpeg-baseline'),
  shown('1.2.840.10008.1.2.4.51', 'JPEG Extended (Process 2 and 4)', 'yes', 'jpeg-baseline'),
  ts('1.2.840.10008.1.2.4.52', 'JPEG Extended (Process 3 and 5)', 'yes'),
  ts('1.2.840.10008.1.2.4.53', 'JPEG Spectral Selection, Non-Hierarchical (Process 6 and 8)', 'yes'),
  ts('1.2.840.10008.1.2.4.54', 'JPEG Spectral Selection, Non-Hierarchical (Process 7 and 9)', 'yes'),
  ts('1.2.840.10008.1.2.4.55', 'JPEG Full Progression, Non-Hierarchical (Process 10 and 12)', 'yes'),
  ts('1.2.840.10008.1.2.4.56', 'JPEG Full Progression, Non-Hierarchical (Process 11 and 13)', 'yes'),
  shown('1.2.840.10008.1.2.4.57', 'JPEG Lossless, Non-Hierarchical (Process 14)', 'no', 'jpeg-lossless'),
  ts('1.2.840.10008.1.2.4.58', 'JPEG Lossless, Non-Hierarchical (Process 15)', 'no'),
  ts('1.2.840.10008.1.2.4.59', 'JPEG Extended, Hierarchical (Process 16 and 18)', 'yes'),
  ts('1.2.840.10008.1.2.4.60', 'JPEG Extended, Hierarchical (Process 17 and 19)', 'yes'),
  ts('1.2.840.10008.1.2.4.61', 'JPEG Spectral Selection, Hierarchical (Process 20 and 22)', 'yes'),
  ts('1.2.840.10008.1.2.4.62', 'JPEG Spectral Selection, Hierarchical (Process 21 and 23)', 'yes'),
  ts('1.2.840.10008.1.2.4.63', 'JPEG Full Progression, Hierarchical (Process 24 and 26)', 'yes'),
  ts('1.2.840.10008.1.2.4.64', 'JPEG Full Progression, Hierarchical (Process 25 and 27)', 'yes'),
  ts('1.2.840.10008.1.2.4.65', 'JPEG Lossless, Hierarchical (Process 28)', 'no'),
  ts('1.2.840.10008.1.2.4.66', 'JPEG Lossless, Hierarchical (Process 29)', 'no'),
  shown(
    '1.2.840.10008.1.2.4.70',
    'JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])',
    'no',
    'jpeg-lossless',
  ),
  shown('1.2.840.10008.1.2.4.80', 'JPEG-LS Lossless Image Compression', 'no', 'jpeg-ls'),
  shown('1.2.840.10008.1.2.4.81', 'JPEG-LS Lossy (Near-Lossless) Image Compression', 'yes', 'jpeg-ls'),
  shown('1.2.840.10008.1.2.4.90', 'JPEG 2000 Image Compression (Lossless Only)', 'no', 'jpeg-2000'),
  shown('1.2.840.10008.1.2.4.91', 'JPEG 2000 Image Compression', 'maybe', 'jpeg-2000'),
  shown(
    '1.2.840.10008.1.2.4.92',
    'JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)',
    'no',
    'jpeg-2000',
  ),
  shown('1.2.840.10008.1.2.4.93', 'JPEG 2000 Part 2 Multi-component Image Compression', 'maybe', 'jpeg-2000'),
  ts('1.2.840.10008.1.2.4.94', 'JPIP Referenced', 'maybe', false),
  ts('1.2.840.10008.1.2.4.95', 'JPIP Referenced Deflate', 'maybe', false, 'deflated-le'),
  ts('1.2.840.10008.1.2.4.100', 'MPEG2 Main Profile / Main Level', 'yes'),
  ts('1.2.840.10008.1.2.4.101', 'MPEG2 Main Profile / High Level', 'yes'),
  ts('1.2.840.10008.1.2.4.102', 'MPEG-4 AVC/H.264 High Profile / Level 4.1', 'yes'),
  ts('1.2.840.10008.1.2.4.103', 'MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1', 'yes'),
  ts('1.2.840.10008.1.2.4.104', 'MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video', 'yes'),
  ts('1.2.840.10008.1.2.4.105', 'MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video', 'yes'),
  ts('1.2.840.10008.1.2.4.106', 'MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2', 'yes'),
  ts('1.2.840.10008.1.2.4.107', 'HEVC/H.265 Main Profile / Level 5.1', 'yes'),
  ts('1.2.840.10008.1.2.4.108', 'HEVC/H.265 Main 10 Profile / Level 5.1', 'yes'),
  ts('1.2.840.10008.1.2.4.110', 'JPEG XL Lossless', 'no'),
  ts('1.2.840.10008.1.2.4.111', 'JPEG XL JPEG Recompression', 'yes'),
  ts('1.2.840.10008.1.2.4.112', 'JPEG XL', 'maybe'),
  shown(
    '1.2.840.10008.1.2.4.201',
    'High-Throughput JPEG 2000 Image Compression (Lossless Only)',
    'no',
    'htj2k',
  ),
  shown(
    '1.2.840.10008.1.2.4.202',
    'High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)',
    'no',
    'htj2k',
  ),
  shown('1.2.840.10008.1.2.4.203', 'High-Throughput JPEG 2000 Image Compression', 'maybe', 'htj2k'),
  shown('1.2.840.10008.1.2.5', 'RLE Lossless', 'no', 'rle'),
];

const BY_UID = new Map(TABLE.map((t) => [t.uid, t]));

export const IMPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2';
export const EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1';
export const EXPLICIT_VR_BIG_ENDIAN = '1.2.840.10008.1.2.2';
export const DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1.99';

export function transferSyntax(uid: string): TransferSyntax | undefined {
  return BY_UID.get(uid);
}

export const ALL_TRANSFER_SYNTAXES: readonly TransferSyntax[] = TABLE;
