import { inflateDataSet } from '../../inflate';
import { PREFIX_OFFSET } from '../classify/part10Meta';
import { DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN } from '../uids/transferSyntaxes';
import { dicomParser, type DataSet } from './dicomParserModule';

/**
 * The one wrapper of dicom-parser's data-set parsing: every reader of the app (import, viewer, DICOMDIR
 * and de-identification writers) parses through these, so deflate and bare data sets are handled once.
 * These throw what dicom-parser throws (strings, Errors, or { exception, dataSet }); each reader turns it
 * into its own sentence.
 */

export interface FileMeta {
  /** The file meta information (group 0002). */
  readonly meta: DataSet;
  /** Where the data set after the file meta begins. */
  readonly position: number;
  /** Transfer Syntax UID (0002,0010) as declared; undefined when the meta has none. */
  readonly declared: string | undefined;
}

/** Reads the file meta information of a Part 10 file (preamble and "DICM" present). */
export function readFileMeta(bytes: Uint8Array, untilTag?: string): FileMeta {
  const meta: DataSet & { position?: number } = dicomParser.readPart10Header(
    bytes,
    untilTag ? { untilTag } : undefined,
  );
  return { meta, position: meta.position ?? PREFIX_OFFSET + 4, declared: meta.string('x00020010') };
}

/**
 * Parses a Part 10 file, its meta merged in. Deflated Explicit VR Little Endian is inflated by the bounded
 * inflater (a deflate bomb is refused, not expanded): dicom-parser finds an inflater by itself only in
 * Node or with a global pako, never in a worker, and its own deflate path parses the inflated buffer from
 * byte 0, reading the preamble and "DICM" as if they were elements. The byte array then holds the meta
 * bytes followed by the inflated data set.
 */
export function parsePart10DataSet(bytes: Uint8Array, file: FileMeta, untilTag?: string): DataSet {
  if (file.declared !== DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN)
    return dicomParser.parseDicom(bytes, untilTag ? { untilTag } : {});
  const full = inflateDataSet(bytes, file.position);
  const dataSet = new dicomParser.DataSet(dicomParser.littleEndianByteArrayParser, full, {});
  const stream = new dicomParser.ByteStream(dicomParser.littleEndianByteArrayParser, full, file.position);
  try {
    dicomParser.parseDicomDataSetExplicit(dataSet, stream, full.length, untilTag ? { untilTag } : undefined);
  } catch (exception) {
    // As parseDicom does: what was read before the failure comes along, to say where the file broke.
    throw { exception, dataSet };
  }
  Object.assign(dataSet.elements, file.meta.elements);
  return dataSet;
}

/** Parses a data set with no file meta (or the part after it) in the encoding given. */
export function parseBareDataSet(bytes: Uint8Array, transferSyntaxUid: string, untilTag?: string): DataSet {
  return dicomParser.parseDicom(bytes, {
    TransferSyntaxUID: transferSyntaxUid,
    ...(untilTag ? { untilTag } : {}),
  });
}

/** A file whose file meta information starts at byte 0, given the preamble and "DICM" it lacks. */
export function withPreamble(bytes: Uint8Array): Uint8Array {
  const padded = new Uint8Array(bytes.length + PREFIX_OFFSET + 4);
  padded.set([0x44, 0x49, 0x43, 0x4d], PREFIX_OFFSET);
  padded.set(bytes, PREFIX_OFFSET + 4);
  return padded;
}
