import { buildRecordTree, type RecordNode } from './buildRecordTree';
import {
  concatBytes,
  encodeElement,
  encodeHeader,
  encodeItem,
  EXPLICIT_LITTLE,
  tagOf,
  textBytes,
  uint16Bytes,
  uint32Bytes,
} from '../dicom/write/encodeElement';
import { encodeRecordKeys, type EncodedKey } from './encodeRecordKeys';
import { encodeFileMeta } from '../dicom/write/fileMeta';
import { EXPLICIT_VR_LITTLE_ENDIAN } from '../dicom/uids/transferSyntaxes';
import type { DicomdirOptions, DicomdirResult, DirectoryInstance } from './model';
import { generateUid } from '../dicom/write/uid';

export const MEDIA_STORAGE_DIRECTORY = '1.2.840.10008.1.3.10';
const FILE_SET_ID = /^[A-Z0-9_ ]{0,16}$/;

const d = (element: number) => tagOf(0x0004, element);
const T = {
  fileSetId: d(0x1130),
  firstRoot: d(0x1200),
  lastRoot: d(0x1202),
  consistency: d(0x1212),
  records: d(0x1220),
  next: d(0x1400),
  inUse: d(0x1410),
  lower: d(0x1420),
  type: d(0x1430),
  fileId: d(0x1500),
  sopClass: d(0x1510),
  sopInstance: d(0x1511),
  transferSyntax: d(0x1512),
} as const;

const ul = (tag: number, value: number) =>
  encodeElement(tag, 'UL', uint32Bytes([value], true), EXPLICIT_LITTLE);
const text = (tag: number, vr: string, value: string) =>
  encodeElement(tag, vr, textBytes(value, vr), EXPLICIT_LITTLE);

interface Laid {
  readonly node: RecordNode;
  /** Everything after the structural elements: Referenced ... In File keys and the record's own keys. */
  readonly body: Uint8Array;
  readonly typeElement: Uint8Array;
  offset: number;
  next: Laid | undefined;
  firstChild: Laid | undefined;
}

function referencedFileKeys(node: RecordNode): EncodedKey[] {
  if (node.children.length > 0 || ['PATIENT', 'STUDY', 'SERIES'].includes(node.type)) return [];
  const { instance } = node;
  return [
    // Multi-valued CS: each File ID component is one value (PS3.3 F.3.2.2, PS3.10 8.5).
    { tag: T.fileId, bytes: text(T.fileId, 'CS', instance.fileId.join('\\')) },
    { tag: T.sopClass, bytes: text(T.sopClass, 'UI', instance.sopClassUid) },
    { tag: T.sopInstance, bytes: text(T.sopInstance, 'UI', instance.sopInstanceUid) },
    { tag: T.transferSyntax, bytes: text(T.transferSyntax, 'UI', instance.transferSyntaxUid) },
  ];
}

/** Size of the four structural elements: next UL (12), in-use US (10), lower UL (12), then the type CS. */
const STRUCTURAL_FIXED = 12 + 10 + 12;

/**
 * Writes a DICOMDIR (PS3.10 8, PS3.3 Annex F) for instances already placed at their File IDs: preamble,
 * file meta (Media Storage Directory Storage, Explicit VR Little Endian), File-set ID, and the Directory
 * Record Sequence of PATIENT, STUDY, SERIES and leaf records with every Type 1 and Type 2 key.
 *
 * All lengths are defined, so every record's size is known before any offset is: sizes are computed
 * first, then each record's byte offset from the start of the file (preamble included, PS3.3 F.3.2.1),
 * then the bytes are written with the offsets filled in.
 */
export function writeDicomdir(
  instances: readonly DirectoryInstance[],
  options: DicomdirOptions,
): DicomdirResult {
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  const fileSetId = options.fileSetId ?? '';
  if (!FILE_SET_ID.test(fileSetId)) {
    throw new Error(`File-set ID "${fileSetId}" must be at most 16 characters of A-Z 0-9 _ and space.`);
  }
  if (instances.length === 0) warn('The DICOMDIR has no records: no instances were given.');
  const fileSetUid = options.fileSetUid ?? generateUid();
  const meta = encodeFileMeta({
    mediaStorageSopClassUid: MEDIA_STORAGE_DIRECTORY,
    mediaStorageSopInstanceUid: fileSetUid,
    transferSyntaxUid: EXPLICIT_VR_LITTLE_ENDIAN,
    implementationClassUid: options.implementationClassUid,
    ...(options.implementationVersionName !== undefined
      ? { implementationVersionName: options.implementationVersionName }
      : {}),
  });

  const roots = buildRecordTree(instances, warn);
  const order: Laid[] = [];
  const lay = (siblings: readonly RecordNode[]): Laid | undefined => {
    let first: Laid | undefined;
    let previous: Laid | undefined;
    for (const node of siblings) {
      const keys = [
        ...referencedFileKeys(node),
        ...encodeRecordKeys(node, options.extendedKeys ?? false, warn),
      ].sort((a, b) => a.tag - b.tag);
      const laid: Laid = {
        node,
        body: concatBytes(keys.map((k) => k.bytes)),
        typeElement: text(T.type, 'CS', node.type),
        offset: 0,
        next: undefined,
        firstChild: undefined,
      };
      order.push(laid);
      laid.firstChild = lay(node.children);
      if (previous) previous.next = laid;
      else first = laid;
      previous = laid;
    }
    return first;
  };
  const firstRoot = lay(roots);

  const head = concatBytes([text(T.fileSetId, 'CS', fileSetId)]);
  // Offset of the first record: file meta, File-set ID, two UL offsets, the US flag, the SQ header.
  let offset = meta.length + head.length + 12 + 12 + 10 + 12;
  for (const laid of order) {
    laid.offset = offset;
    offset += 8 + STRUCTURAL_FIXED + laid.typeElement.length + laid.body.length;
  }
  let lastRoot: Laid | undefined = firstRoot;
  while (lastRoot?.next) lastRoot = lastRoot.next;

  const items = order.map((laid) =>
    encodeItem(
      concatBytes([
        ul(T.next, laid.next?.offset ?? 0),
        encodeElement(T.inUse, 'US', uint16Bytes([0xffff], true), EXPLICIT_LITTLE),
        ul(T.lower, laid.firstChild?.offset ?? 0),
        laid.typeElement,
        laid.body,
      ]),
      EXPLICIT_LITTLE,
    ),
  );
  const itemsBytes = concatBytes(items);
  const bytes = concatBytes([
    meta,
    head,
    ul(T.firstRoot, firstRoot?.offset ?? 0),
    ul(T.lastRoot, lastRoot?.offset ?? 0),
    encodeElement(T.consistency, 'US', uint16Bytes([0], true), EXPLICIT_LITTLE),
    encodeHeader(T.records, 'SQ', itemsBytes.length, EXPLICIT_LITTLE),
    itemsBytes,
  ]);
  if (bytes.length !== offset)
    throw new Error(`DICOMDIR layout error: ${bytes.length} bytes written, ${offset} planned.`);
  return { bytes, fileSetUid, warnings };
}
