import * as dicomParser from 'dicom-parser';
import {
  ByteStream,
  littleEndianByteArrayParser,
  parseDicom,
  parseDicomDataSetExplicit,
  readPart10Header,
} from 'dicom-parser';
import type { ByteArrayParser, DataSet, Element } from 'dicom-parser';
import { inflateDataSet } from '../inflate';

export const DEFLATED_EXPLICIT_LITTLE = '1.2.840.10008.1.2.1.99';
export const IMPLICIT_LITTLE = '1.2.840.10008.1.2';
export const EXPLICIT_BIG = '1.2.840.10008.1.2.2';

export interface ParsedPart10 {
  /** The parsed data set, file meta merged in (dicom-parser's shape). For a deflated file its byteArray
   * holds the meta bytes followed by the inflated data set. */
  readonly dataSet: DataSet;
  readonly transferSyntaxUid: string;
  /** Offset in dataSet.byteArray where the data set (after the file meta) begins. */
  readonly dataSetStart: number;
}

// dicom-parser exports its DataSet class, but its type declarations only describe the interface.
const DataSetClass = (
  dicomParser as unknown as {
    DataSet: new (parser: ByteArrayParser, bytes: Uint8Array, elements: Record<string, Element>) => DataSet;
  }
).DataSet;

function isDeflated(bytes: Uint8Array): boolean {
  const meta = readPart10Header(bytes);
  return (meta.string('x00020010') ?? '').replace(/\0/g, '').trim() === DEFLATED_EXPLICIT_LITTLE;
}

/**
 * dicom-parser's own deflate path parses the inflated buffer from byte 0, reading the preamble and "DICM"
 * as if they were elements. This parses the meta, inflates the rest with the bounded inflater (dicom-parser only finds
 * an inflater by itself in Node or with a global pako, never in a worker) and parses the data set from
 * where it starts. The byte array holds the meta bytes then the inflated data set.
 */
function parseDeflated(bytes: Uint8Array, untilTag: string | undefined): DataSet {
  const meta = readPart10Header(bytes);
  const position = (meta as unknown as { position: number }).position;
  const full = inflateDataSet(bytes, position);
  const dataSet = new DataSetClass(littleEndianByteArrayParser, full, {});
  const stream = new ByteStream(littleEndianByteArrayParser, full, position);
  parseDicomDataSetExplicit(dataSet, stream, full.length, untilTag ? { untilTag } : undefined);
  Object.assign(dataSet.elements, meta.elements);
  return dataSet;
}

/**
 * Parses a DICOM Part 10 file with dicom-parser, inflating Deflated Explicit VR Little Endian as above.
 * Throws an Error whose message says what was wrong.
 */
export function parsePart10(bytes: Uint8Array, untilTag?: string): ParsedPart10 {
  if (
    bytes.length < 132 ||
    bytes[128] !== 0x44 ||
    bytes[129] !== 0x49 ||
    bytes[130] !== 0x43 ||
    bytes[131] !== 0x4d
  ) {
    throw new Error('Not a DICOM Part 10 file: no 128-byte preamble followed by "DICM".');
  }
  let dataSet: DataSet;
  try {
    dataSet = isDeflated(bytes)
      ? parseDeflated(bytes, untilTag)
      : parseDicom(bytes, untilTag ? { untilTag } : {});
  } catch (e) {
    // dicom-parser throws strings, or { exception, dataSet } when a data set breaks off midway.
    const inner =
      typeof e === 'object' && e !== null && 'exception' in e ? (e as { exception: unknown }).exception : e;
    const reason = inner instanceof Error ? inner.message : String(inner);
    throw new Error(`Cannot parse the DICOM data set: ${reason}`);
  }
  const transferSyntaxUid = (dataSet.string('x00020010') ?? '').replace(/\0/g, '').trim();
  if (!transferSyntaxUid) throw new Error('The file meta has no Transfer Syntax UID (0002,0010).');
  let dataSetStart = 132;
  for (const [key, element] of Object.entries(dataSet.elements)) {
    if (key.startsWith('x0002')) dataSetStart = Math.max(dataSetStart, element.dataOffset + element.length);
  }
  return { dataSet, transferSyntaxUid, dataSetStart };
}
