import {
  ByteStream,
  DataSet,
  bigEndianByteArrayParser,
  littleEndianByteArrayParser,
  readDicomElementExplicit,
  readDicomElementImplicit,
  readTag,
  type DataSet as DataSetShape,
  type Element,
} from 'dicom-parser';

export type RecordEncoding = { readonly explicit: boolean; readonly littleEndian: boolean };

export interface RawRecord {
  /** Byte offset of the item tag in the DICOMDIR file: what the Next/Lower offsets point at. */
  readonly offset: number;
  /** Offset of the first byte after the item. */
  readonly end: number;
  readonly dataSet: DataSetShape;
  /** Set when the item runs past the end of the file (it is read as far as it goes). */
  readonly cutShort: boolean;
}

const ITEM = 'xfffee000';
const ITEM_END = 'xfffee00d';
const SEQUENCE_END = 'xfffee0dd';

/**
 * Reads the Directory Record item that starts at `offset`: undefined if no item starts there.
 * Hand-rolled over dicom-parser's element readers because dicom-parser reads a whole sequence or nothing,
 * and one damaged record (a wrong length, a cut-off file) must not cost the user every other record.
 */
export function readRecordAt(
  bytes: Uint8Array,
  offset: number,
  encoding: RecordEncoding,
): RawRecord | undefined {
  if (!Number.isInteger(offset) || offset < 0 || offset + 8 > bytes.length) return undefined;
  const parser = encoding.littleEndian ? littleEndianByteArrayParser : bigEndianByteArrayParser;
  const stream = new ByteStream(parser, bytes, offset);
  if (readTag(stream) !== ITEM) return undefined;
  const length = stream.readUint32();
  const undefinedLength = length === 0xffffffff;
  const declaredEnd = undefinedLength ? bytes.length : offset + 8 + length;
  const limit = Math.min(declaredEnd, bytes.length);
  const elements: Record<string, Element> = {};
  const warnings: string[] = [];
  try {
    while (stream.position + 8 <= limit) {
      const element = encoding.explicit
        ? readDicomElementExplicit(stream, warnings)
        : readDicomElementImplicit(stream);
      if (element.tag === ITEM_END || element.tag === SEQUENCE_END) break;
      if (element.dataOffset + (element.length === 0xffffffff ? 0 : element.length) > limit) break;
      elements[element.tag] = element;
    }
  } catch {
    // Keep the elements read before the damage; the caller reports a record it cannot use.
  }
  const end = undefinedLength ? Math.min(stream.position, bytes.length) : limit;
  return { offset, end, dataSet: new DataSet(parser, bytes, elements), cutShort: declaredEnd > bytes.length };
}

/** True when an item or a sequence delimiter starts at `offset`: the scan of the sequence goes on. */
export function isSequenceEnd(bytes: Uint8Array, offset: number, littleEndian: boolean): boolean {
  if (offset + 4 > bytes.length) return true;
  const parser = littleEndian ? littleEndianByteArrayParser : bigEndianByteArrayParser;
  return readTag(new ByteStream(parser, bytes, offset)) === SEQUENCE_END;
}
