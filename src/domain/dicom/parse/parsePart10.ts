import type { DataSet } from 'dicom-parser';
import { hasPart10Prefix } from '../classify/part10Meta';
import { parsePart10DataSet, readFileMeta } from './dataSetParser';
import { errorMessage } from '../../text/errorMessage';

export interface ParsedPart10 {
  /** The parsed data set, file meta merged in (dicom-parser's shape). For a deflated file its byteArray
   * holds the meta bytes followed by the inflated data set. */
  readonly dataSet: DataSet;
  readonly transferSyntaxUid: string;
  /** Offset in dataSet.byteArray where the data set (after the file meta) begins. */
  readonly dataSetStart: number;
}

/**
 * Parses a DICOM Part 10 file exactly as it is, for the writers that rewrite or list it (DICOMDIR,
 * de-identification): no repair, so a file without its preamble or transfer syntax is refused rather than
 * guessed at. Throws an Error whose message says what was wrong.
 */
export function parsePart10(bytes: Uint8Array, untilTag?: string): ParsedPart10 {
  if (!hasPart10Prefix(bytes)) {
    throw new Error('Not a DICOM Part 10 file: no 128-byte preamble followed by "DICM".');
  }
  let dataSet: DataSet;
  try {
    dataSet = parsePart10DataSet(bytes, readFileMeta(bytes), untilTag);
  } catch (e) {
    throw new Error(`Cannot parse the DICOM data set: ${rawMessage(e)}`);
  }
  const transferSyntaxUid = (dataSet.string('x00020010') ?? '').replace(/\0/g, '').trim();
  if (!transferSyntaxUid) throw new Error('The file meta has no Transfer Syntax UID (0002,0010).');
  let dataSetStart = 132;
  for (const [key, element] of Object.entries(dataSet.elements)) {
    if (key.startsWith('x0002')) dataSetStart = Math.max(dataSetStart, element.dataOffset + element.length);
  }
  return { dataSet, transferSyntaxUid, dataSetStart };
}

/** dicom-parser's own words (thrownMessage trims its prefix; this message always kept it). */
function rawMessage(thrown: unknown): string {
  const inner =
    typeof thrown === 'object' && thrown !== null && 'exception' in thrown
      ? (thrown as { exception: unknown }).exception
      : thrown;
  return errorMessage(inner);
}
