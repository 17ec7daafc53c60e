import type { Lut } from '../pipeline/lut';
import type { DataSet } from '../../dicom/parse/dicomParserModule';

/**
 * A LUT from its Descriptor and Data elements (PS3.3 C.11.1.1): the descriptor's first value 0 means 65536
 * entries; its second (first mapped value) is signed when the pixels are; 8-bit entries are packed one per
 * byte unless the data is long enough to hold a 16-bit word per entry.
 */
export function readLut(
  dataSet: DataSet,
  descriptorTag: string,
  dataTag: string,
  signedInput: boolean,
  explanation?: string,
): Lut | undefined {
  const descriptor = dataSet.elements[descriptorTag];
  const data = dataSet.elements[dataTag];
  if (!descriptor || !data || descriptor.length < 6) return undefined;
  const entries = dataSet.uint16(descriptorTag, 0) || 65536;
  let firstMapped = dataSet.uint16(descriptorTag, 1) ?? 0;
  if (signedInput && firstMapped >= 32768) firstMapped -= 65536;
  const bitsPerEntry = dataSet.uint16(descriptorTag, 2) ?? 16;
  const bytes = dataSet.byteArray.subarray(data.dataOffset, data.dataOffset + data.length);
  const words = bitsPerEntry > 8 || bytes.length >= entries * 2;
  return {
    firstMapped,
    bitsPerEntry,
    data: words
      ? readWords(dataSet, data.dataOffset, Math.min(entries, bytes.length >> 1))
      : bytes.slice(0, entries),
    ...(explanation ? { explanation } : {}),
  };
}

/** 16-bit words in the dataset's byte order. */
export function readWords(dataSet: DataSet, offset: number, count: number): Uint16Array {
  const out = new Uint16Array(count);
  for (let i = 0; i < count; i++)
    out[i] = dataSet.byteArrayParser.readUint16(dataSet.byteArray, offset + i * 2);
  return out;
}
