import type { DataSet } from '../../dicom/parse/dicomParserModule';
import {
  parseBareDataSet,
  parsePart10DataSet,
  readFileMeta,
  withPreamble,
} from '../../dicom/parse/dataSetParser';
import { hasPart10Prefix } from '../../dicom/classify/part10Meta';
import { IMPLICIT_VR_LITTLE_ENDIAN as IMPLICIT_LE } from '../../dicom/uids/transferSyntaxes';
import { fail, ok, type Result } from '../types';

export interface ParsedFile {
  readonly dataSet: DataSet;
  readonly transferSyntaxUid: string;
  /** Notes about repairs made while reading (missing meta, etc.), for the tag browser or a log. */
  readonly notes: readonly string[];
}

/**
 * The whole file parsed with dicom-parser, Pixel Data included. Deflated datasets are inflated by the bounded
 * inflater (dicom-parser's own needs Node's zlib or a global pako; a deflate bomb is refused). Files without a Part 10 header, or with
 * a meta header that lacks the Transfer Syntax UID, are read as Implicit VR Little Endian, as PS3.10 §7.1
 * prescribes for the default transfer syntax.
 */
export function parseDataset(bytes: Uint8Array): Result<ParsedFile> {
  const notes: string[] = [];
  const hasPreamble = hasPart10Prefix(bytes);
  try {
    if (!hasPreamble && startsWithMetaGroup(bytes)) {
      notes.push('No 128-byte preamble before the file meta information: read as if it were there.');
      return withNotes(parseDataset(withPreamble(bytes)), notes);
    }
    if (!hasPreamble) {
      notes.push('No Part 10 preamble ("DICM"): read as Implicit VR Little Endian.');
      const dataSet = parseBareDataSet(bytes, IMPLICIT_LE);
      return ok({ dataSet, transferSyntaxUid: IMPLICIT_LE, notes });
    }
    const file = readFileMeta(bytes);
    const { declared } = file;
    if (!declared) {
      notes.push(
        'The file meta information has no Transfer Syntax UID (0002,0010): read as Implicit VR Little Endian.',
      );
      const dataSet = parseBareDataSet(bytes.subarray(file.position), IMPLICIT_LE);
      return ok({ dataSet, transferSyntaxUid: IMPLICIT_LE, notes });
    }
    const dataSet = parsePart10DataSet(bytes, file);
    return ok({ dataSet, transferSyntaxUid: declared, notes });
  } catch (error) {
    return fail('not-dicom', `The file could not be read as DICOM: ${describe(error)}`);
  }
}

/** Group 0002 in explicit VR little endian right at the start: a Part 10 file whose preamble was dropped. */
function startsWithMetaGroup(bytes: Uint8Array): boolean {
  const vr = String.fromCharCode(bytes[4] ?? 0, bytes[5] ?? 0);
  return bytes[0] === 0x02 && bytes[1] === 0x00 && /^[A-Z]{2}$/.test(vr);
}

function withNotes(result: Result<ParsedFile>, notes: readonly string[]): Result<ParsedFile> {
  return result.ok ? ok({ ...result.value, notes: [...notes, ...result.value.notes] }) : result;
}

export function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  // dicom-parser throws plain strings; some carry the partial dataset as { exception, dataSet }.
  if (typeof error === 'object' && error !== null && 'exception' in error) return String(error.exception);
  return String(error);
}
