import { concatBytes, encodeElement, EXPLICIT_LITTLE, tagOf, textBytes, uint32Bytes } from './encodeElement';
import { isValidUid } from './uid';

export interface FileMetaInput {
  readonly mediaStorageSopClassUid: string;
  readonly mediaStorageSopInstanceUid: string;
  readonly transferSyntaxUid: string;
  readonly implementationClassUid: string;
  /** Up to 16 characters (SH). */
  readonly implementationVersionName?: string;
}

/** What a written file says about the program that wrote it (PS3.10 7.1). */
export interface Implementation {
  readonly classUid: string;
  readonly versionName?: string;
}

const PREAMBLE_LENGTH = 128;

/**
 * The 128-byte preamble, "DICM" and the File Meta Information group (PS3.10 7.1), always Explicit VR
 * Little Endian, with its group length computed.
 */
export function encodeFileMeta(input: FileMetaInput): Uint8Array {
  for (const [name, uid] of [
    ['Media Storage SOP Class UID', input.mediaStorageSopClassUid],
    ['Media Storage SOP Instance UID', input.mediaStorageSopInstanceUid],
    ['Transfer Syntax UID', input.transferSyntaxUid],
    ['Implementation Class UID', input.implementationClassUid],
  ] as const) {
    if (!isValidUid(uid)) throw new Error(`File meta: ${name} "${uid}" is not a valid UID.`);
  }
  const version = input.implementationVersionName;
  if (version !== undefined && (version.length > 16 || /[^\x20-\x7e]/.test(version))) {
    throw new Error(
      `File meta: Implementation Version Name "${version}" must be at most 16 ASCII characters.`,
    );
  }
  const m = (element: number) => tagOf(0x0002, element);
  const body = concatBytes([
    encodeElement(m(0x0001), 'OB', new Uint8Array([0x00, 0x01]), EXPLICIT_LITTLE),
    encodeElement(m(0x0002), 'UI', textBytes(input.mediaStorageSopClassUid, 'UI'), EXPLICIT_LITTLE),
    encodeElement(m(0x0003), 'UI', textBytes(input.mediaStorageSopInstanceUid, 'UI'), EXPLICIT_LITTLE),
    encodeElement(m(0x0010), 'UI', textBytes(input.transferSyntaxUid, 'UI'), EXPLICIT_LITTLE),
    encodeElement(m(0x0012), 'UI', textBytes(input.implementationClassUid, 'UI'), EXPLICIT_LITTLE),
    ...(version ? [encodeElement(m(0x0013), 'SH', textBytes(version, 'SH'), EXPLICIT_LITTLE)] : []),
  ]);
  const groupLength = encodeElement(m(0x0000), 'UL', uint32Bytes([body.length], true), EXPLICIT_LITTLE);
  const magic = new Uint8Array(PREAMBLE_LENGTH + 4);
  magic.set([0x44, 0x49, 0x43, 0x4d], PREAMBLE_LENGTH);
  return concatBytes([magic, groupLength, body]);
}
