import { deflateSync } from 'fflate';
import { concatBytes, type ElementEncoding } from '../dicom/write/encodeElement';
import { encodeFileMeta } from '../dicom/write/fileMeta';
import { parsePart10 } from '../dicom/parse/parsePart10';
import {
  DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
  EXPLICIT_VR_BIG_ENDIAN,
  IMPLICIT_VR_LITTLE_ENDIAN,
} from '../dicom/uids/transferSyntaxes';
import { identifyingWords } from './cleanText';
import { remapUid, type DeidContext } from './deidContext';
import {
  deidMethodElements,
  DEIDENTIFICATION_METHOD,
  DEIDENTIFICATION_METHOD_CODES,
  LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED,
  PATIENT_IDENTITY_REMOVED,
} from './deidMethod';
import type { DeidOptions } from './profileTypes';
import { rewriteDataSet, type ActionTally } from './rewriteDataSet';

export interface DeidResult {
  /** The new Part 10 file. */
  readonly bytes: Uint8Array;
  readonly sopInstanceUid: string;
  /** How many elements (nested ones included) received each action; private and group-length removals. */
  readonly tally: Readonly<ActionTally>;
  readonly warnings: readonly string[];
}

/** Values whose words must not survive in cleaned descriptions: names and IDs of people in the data set. */
const IDENTIFYING_TAGS = [
  0x00100010, 0x00100020, 0x00101000, 0x00101001, 0x00101005, 0x00101060, 0x00080050, 0x00080080, 0x00080090,
  0x00081050, 0x00081060, 0x00081070, 0x00321032, 0x00400006,
].map((t) => `x${t.toString(16).padStart(8, '0')}`);

const latin1 = new TextDecoder('latin1');

/**
 * De-identifies one DICOM Part 10 file with the PS3.15 Basic Application Level Confidentiality Profile and
 * the chosen options, returning a new file. Every element the profile leaves alone keeps its original bytes;
 * Pixel Data and the transfer syntax are never touched (a deflated file is re-deflated after the rewrite,
 * its inflated content identical where untouched).
 *
 * Parsing is dicom-parser's; writing is this module's own element-level rewriter over dicom-parser's
 * offsets. dcmjs (read + write) was not used: it re-encodes every value it reads (numbers, person names,
 * sequences), which breaks "untouched bytes stay identical".
 */
export function deidentify(bytes: Uint8Array, options: DeidOptions, context: DeidContext): DeidResult {
  const { dataSet, transferSyntaxUid } = parsePart10(bytes);
  const encoding: ElementEncoding = {
    explicitVr: transferSyntaxUid !== IMPLICIT_VR_LITTLE_ENDIAN,
    littleEndian: transferSyntaxUid !== EXPLICIT_VR_BIG_ENDIAN,
  };
  const tally: ActionTally = { X: 0, Z: 0, D: 0, U: 0, K: 0, C: 0, private: 0, groupLength: 0 };
  const warnings: string[] = [];
  const identifying = identifyingWords(
    IDENTIFYING_TAGS.flatMap((key) => {
      const element = dataSet.elements[key];
      return element
        ? [dataSet.byteArray.subarray(element.dataOffset, element.dataOffset + element.length)]
        : [];
    }),
  );
  const elements = [
    ...rewriteDataSet(dataSet, {
      encoding,
      options,
      context,
      identifying,
      tally,
      warnings,
      replacedTopLevel: new Set([
        PATIENT_IDENTITY_REMOVED,
        DEIDENTIFICATION_METHOD,
        DEIDENTIFICATION_METHOD_CODES,
        LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED,
      ]),
    }),
    ...deidMethodElements(options, encoding),
  ].sort((a, b) => a.tag - b.tag);
  const body = concatBytes(elements.map((e) => e.bytes));

  const ascii = (key: string) =>
    latin1
      .decode(
        dataSet.elements[key]
          ? dataSet.byteArray.subarray(
              dataSet.elements[key].dataOffset,
              dataSet.elements[key].dataOffset + dataSet.elements[key].length,
            )
          : new Uint8Array(0),
      )
      .replace(/[\0 ]+$/, '')
      .trim();
  const sopClassUid = ascii('x00020002') || ascii('x00080016');
  const originalUid = ascii('x00080018') || ascii('x00020003');
  if (!sopClassUid || !originalUid)
    throw new Error('Cannot de-identify: the file has no SOP Class UID or SOP Instance UID.');
  // The meta's instance UID follows the data set's, so both stay equal after remapping (PS3.10 7.1).
  const sopInstanceUid = options.retainUids ? originalUid : remapUid(context, originalUid);
  const meta = encodeFileMeta({
    mediaStorageSopClassUid: sopClassUid,
    mediaStorageSopInstanceUid: sopInstanceUid,
    transferSyntaxUid,
    implementationClassUid: context.implementation.classUid,
    ...(context.implementation.versionName !== undefined
      ? { implementationVersionName: context.implementation.versionName }
      : {}),
  });
  const dataSetBytes =
    transferSyntaxUid === DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN ? deflateSync(body, { level: 6 }) : body;
  return { bytes: concatBytes([meta, dataSetBytes]), sopInstanceUid, tally, warnings };
}
