import type { DataSet } from 'dicom-parser';
import { detectRawDataSet, type RawEncoding } from '../classify/detectRawDataSet';
import { hasPart10Prefix, PREFIX_OFFSET } from '../classify/part10Meta';
import type { DicomFileLayout } from '../model';
import {
  EXPLICIT_VR_BIG_ENDIAN,
  EXPLICIT_VR_LITTLE_ENDIAN,
  IMPLICIT_VR_LITTLE_ENDIAN,
  transferSyntax,
} from '../uids/transferSyntaxes';
import { explainParseError, thrownMessage } from './explainParseError';
import {
  parseBareDataSet,
  parsePart10DataSet,
  readFileMeta,
  withPreamble,
  type FileMeta,
} from './dataSetParser';

const PIXEL_DATA = 'x7fe00010';

export interface DataSetRead {
  readonly ok: true;
  /** The data set (for Part 10, with the meta elements merged in). */
  readonly dataSet: DataSet;
  /** File meta information, when the file has it. */
  readonly meta: DataSet | undefined;
  readonly layout: DicomFileLayout;
  readonly transferSyntaxUid: string;
  /** Add to an element's dataOffset to get its offset in the file; undefined when bytes were inflated. */
  readonly shift: number | undefined;
  readonly warnings: readonly string[];
}

export type DataSetResult = DataSetRead | { readonly ok: false; readonly reason: string };

const RAW_SYNTAX: Record<RawEncoding, string> = {
  'implicit-le': IMPLICIT_VR_LITTLE_ENDIAN,
  'explicit-le': EXPLICIT_VR_LITTLE_ENDIAN,
  'explicit-be': EXPLICIT_VR_BIG_ENDIAN,
};

/**
 * Reads a file's data set up to (not into) Pixel Data. Part 10 files go through dicom-parser as they
 * are; a meta without Transfer Syntax UID, or a bare data set, has its encoding recognised from its first
 * elements. Never throws: every failure comes back as a reason.
 */
export function readDataSet(bytes: Uint8Array): DataSetResult {
  try {
    return hasPart10Prefix(bytes) ? readPart10(bytes) : readRaw(bytes);
  } catch (thrown) {
    return { ok: false, reason: explainParseError(thrown, bytes.length, 0) };
  }
}

function readPart10(bytes: Uint8Array): DataSetResult {
  let file: FileMeta;
  try {
    file = readFileMeta(bytes, PIXEL_DATA);
  } catch (thrown) {
    return { ok: false, reason: `file meta information unreadable: ${thrownMessage(thrown)}` };
  }
  const { meta, declared, position } = file;
  const warnings: string[] = [];
  if (declared) {
    if (!transferSyntax(declared))
      warnings.push(`unknown transfer syntax ${declared}: read as explicit VR little endian`);
    return parsed(parsePart10DataSet(bytes, file, PIXEL_DATA), meta, 'part10', declared, 0, warnings);
  }
  const rest = bytes.subarray(position);
  const encoding = detectRawDataSet(rest, rest.length);
  if (!encoding) {
    return {
      ok: false,
      reason:
        'file meta information has no Transfer Syntax UID (0002,0010) and the data set encoding is not recognisable',
    };
  }
  const uid = RAW_SYNTAX[encoding];
  warnings.push(`file meta information has no Transfer Syntax UID (0002,0010): data set read as ${encoding}`);
  try {
    const dataSet = parseBareDataSet(rest, uid, PIXEL_DATA);
    for (const [tag, element] of Object.entries(meta.elements)) dataSet.elements[tag] ??= element;
    return parsed(dataSet, meta, 'part10', uid, position, warnings);
  } catch (thrown) {
    return { ok: false, reason: explainParseError(thrown, bytes.length, position) };
  }
}

function readRaw(bytes: Uint8Array): DataSetResult {
  const encoding = detectRawDataSet(bytes, bytes.length);
  if (!encoding)
    return { ok: false, reason: 'no "DICM" marker at byte 128 and no recognisable data elements' };
  const startsWithMeta = bytes.length >= 2 && bytes[0] === 0x02 && bytes[1] === 0x00;
  if (startsWithMeta) {
    // File meta information without the preamble: give it one so dicom-parser reads the meta as usual.
    const result = readPart10(withPreamble(bytes));
    if (!result.ok) return result;
    const shift = result.shift === undefined ? undefined : result.shift - (PREFIX_OFFSET + 4);
    return { ...result, layout: 'raw', shift };
  }
  const uid = RAW_SYNTAX[encoding];
  return parsed(parseBareDataSet(bytes, uid, PIXEL_DATA), undefined, 'raw', uid, 0, []);
}

function parsed(
  dataSet: DataSet,
  meta: DataSet | undefined,
  layout: DicomFileLayout,
  transferSyntaxUid: string,
  shift: number,
  warnings: string[],
): DataSetRead {
  const inflated = transferSyntax(transferSyntaxUid)?.encoding === 'deflated-le';
  return {
    ok: true,
    dataSet,
    meta,
    layout,
    transferSyntaxUid,
    shift: inflated ? undefined : shift,
    warnings,
  };
}
