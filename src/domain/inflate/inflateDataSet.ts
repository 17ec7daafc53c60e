import { concatBytes } from '../bytes/concatBytes';
import { BoundedInflater } from './boundedInflate';

/**
 * A deflated data set inflated into memory may never pass this, whatever its ratio: a hostile archive
 * must keep the tab under 600 MB (DESIGN.md), and a real Deflated Explicit VR Little Endian file (an SR,
 * a small image) is nowhere near it.
 */
export const DATA_SET_CEILING = 512 * 1024 * 1024;

/**
 * dicom-parser's inflater contract for Deflated Explicit VR Little Endian (its typings say `void`, its
 * code uses the return value): the bytes before `position` (preamble and file meta) followed by the
 * inflated data set, bounded by the ratio and the ceiling above. Throws ExpansionRefused or InflateDamaged.
 */
export function inflateDataSet(
  bytes: Uint8Array,
  position: number,
  subject = 'the deflated data set',
): Uint8Array {
  const compressed = bytes.subarray(position);
  const inflater = new BoundedInflater(subject, { absolute: DATA_SET_CEILING });
  const inflated = [...inflater.push(compressed, true)];
  return concatBytes([bytes.subarray(0, position), ...inflated]);
}
