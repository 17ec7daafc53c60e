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
  /** Lossy by definition of the transfer syntax (a lossless one can still hold a lossy-derived image). */
  readonly lossy: boolean;
  readonly deflated?: boolean;
}

const table: readonly TransferSyntax[] = [
  { uid: '1.2.840.10008.1.2', name: 'Implicit VR Little Endian', encoding: 'native', lossy: false },
  { uid: '1.2.840.10008.1.2.1', name: 'Explicit VR Little Endian', encoding: 'native', lossy: false },
  {
    uid: '1.2.840.10008.1.2.1.99',
    name: 'Deflated Explicit VR Little Endian',
    encoding: 'native',
    lossy: false,
    deflated: true,
  },
  { uid: '1.2.840.10008.1.2.2', name: 'Explicit VR Big Endian', encoding: 'native-big-endian', lossy: false },
  {
    uid: '1.2.840.10008.1.2.1.98',
    name: 'Encapsulated Uncompressed Explicit VR Little Endian',
    encoding: 'encapsulated-native',
    lossy: false,
  },
  { uid: '1.2.840.10008.1.2.5', name: 'RLE Lossless', encoding: 'rle', lossy: false },
  {
    uid: '1.2.840.10008.1.2.4.50',
    name: 'JPEG Baseline (Process 1)',
    encoding: 'jpeg-baseline',
    lossy: true,
  },
  {
    uid: '1.2.840.10008.1.2.4.51',
    name: 'JPEG Extended (Process 2 & 4)',
    encoding: 'jpeg-baseline',
    lossy: true,
  },
  {
    uid: '1.2.840.10008.1.2.4.57',
    name: 'JPEG Lossless (Process 14)',
    encoding: 'jpeg-lossless',
    lossy: false,
  },
  {
    uid: '1.2.840.10008.1.2.4.70',
    name: 'JPEG Lossless SV1 (Process 14, Selection Value 1)',
    encoding: 'jpeg-lossless',
    lossy: false,
  },
  { uid: '1.2.840.10008.1.2.4.80', name: 'JPEG-LS Lossless', encoding: 'jpeg-ls', lossy: false },
  { uid: '1.2.840.10008.1.2.4.81', name: 'JPEG-LS Near-Lossless', encoding: 'jpeg-ls', lossy: true },
  { uid: '1.2.840.10008.1.2.4.90', name: 'JPEG 2000 Lossless', encoding: 'jpeg-2000', lossy: false },
  { uid: '1.2.840.10008.1.2.4.91', name: 'JPEG 2000', encoding: 'jpeg-2000', lossy: true },
  { uid: '1.2.840.10008.1.2.4.92', name: 'JPEG 2000 Part 2 Lossless', encoding: 'jpeg-2000', lossy: false },
  { uid: '1.2.840.10008.1.2.4.93', name: 'JPEG 2000 Part 2', encoding: 'jpeg-2000', lossy: true },
  { uid: '1.2.840.10008.1.2.4.201', name: 'HTJ2K Lossless', encoding: 'htj2k', lossy: false },
  { uid: '1.2.840.10008.1.2.4.202', name: 'HTJ2K Lossless RPCL', encoding: 'htj2k', lossy: false },
  { uid: '1.2.840.10008.1.2.4.203', name: 'HTJ2K', encoding: 'htj2k', lossy: true },
  // Known but not shown: video, JPIP references, JPEG XL, Deflated Image Frame, retired JPEG processes.
  { uid: '1.2.840.10008.1.2.4.100', name: 'MPEG2 Main Profile', encoding: 'unsupported', lossy: true },
  {
    uid: '1.2.840.10008.1.2.4.100.1',
    name: 'MPEG2 Main Profile (fragmentable)',
    encoding: 'unsupported',
    lossy: true,
  },
  { uid: '1.2.840.10008.1.2.4.101', name: 'MPEG2 High Profile', encoding: 'unsupported', lossy: true },
  {
    uid: '1.2.840.10008.1.2.4.101.1',
    name: 'MPEG2 High Profile (fragmentable)',
    encoding: 'unsupported',
    lossy: true,
  },
  { uid: '1.2.840.10008.1.2.4.102', name: 'MPEG-4 AVC/H.264', encoding: 'unsupported', lossy: true },
  {
    uid: '1.2.840.10008.1.2.4.102.1',
    name: 'MPEG-4 AVC/H.264 (fragmentable)',
    encoding: 'unsupported',
    lossy: true,
  },
  { uid: '1.2.840.10008.1.2.4.103', name: 'MPEG-4 AVC/H.264 BD', encoding: 'unsupported', lossy: true },
  {
    uid: '1.2.840.10008.1.2.4.103.1',
    name: 'MPEG-4 AVC/H.264 BD (fragmentable)',
    encoding: 'unsupported',
    lossy: true,
  },
  { uid: '1.2.840.10008.1.2.4.104', name: 'MPEG-4 AVC/H.264 2D', encoding: 'unsupported', lossy: true },
  {
    uid: '1.2.840.10008.1.2.4.104.1',
    name: 'MPEG-4 AVC/H.264 2D (fragmentable)',
    encoding: 'unsupported',
    lossy: true,
  },
  { uid: '1.2.840.10008.1.2.4.105', name: 'MPEG-4 AVC/H.264 3D', encoding: 'unsupported', lossy: true },
  {
    uid: '1.2.840.10008.1.2.4.105.1',
    name: 'MPEG-4 AVC/H.264 3D (fragmentable)',
    encoding: 'unsupported',
    lossy: true,
  },
  { uid: '1.2.840.10008.1.2.4.106', name: 'MPEG-4 AVC/H.264 Stereo', encoding: 'unsupported', lossy: true },
  {
    uid: '1.2.840.10008.1.2.4.106.1',
    name: 'MPEG-4 AVC/H.264 Stereo (fragmentable)',
    encoding: 'unsupported',
    lossy: true,
  },
  { uid: '1.2.840.10008.1.2.4.107', name: 'HEVC/H.265 Main Profile', encoding: 'unsupported', lossy: true },
  {
    uid: '1.2.840.10008.1.2.4.108',
    name: 'HEVC/H.265 Main 10 Profile',
    encoding: 'unsupported',
    lossy: true,
  },
  { uid: '1.2.840.10008.1.2.4.110', name: 'JPEG XL Lossless', encoding: 'unsupported', lossy: false },
  {
    uid: '1.2.840.10008.1.2.4.111',
    name: 'JPEG XL JPEG Recompression',
    encoding: 'unsupported',
    lossy: true,
  },
  { uid: '1.2.840.10008.1.2.4.112', name: 'JPEG XL', encoding: 'unsupported', lossy: true },
  { uid: '1.2.840.10008.1.2.4.94', name: 'JPIP Referenced', encoding: 'unsupported', lossy: false },
  { uid: '1.2.840.10008.1.2.4.95', name: 'JPIP Referenced Deflate', encoding: 'unsupported', lossy: false },
  {
    uid: '1.2.840.10008.1.2.8.1',
    name: 'Deflated Image Frame Compression',
    encoding: 'unsupported',
    lossy: false,
  },
];

const byUid = new Map(table.map((t) => [t.uid, t]));

/** The transfer syntax of a UID; an unknown UID is reported as unsupported under its own number. */
export function transferSyntaxOf(uid: string): TransferSyntax {
  const known = byUid.get(uid);
  if (known) return known;
  const retiredJpeg = /^1\.2\.840\.10008\.1\.2\.4\.(5[2-9]|6[0-6])$/.test(uid);
  return {
    uid,
    name: retiredJpeg ? `retired JPEG process (${uid})` : `unknown transfer syntax ${uid}`,
    encoding: 'unsupported',
    lossy: false,
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
