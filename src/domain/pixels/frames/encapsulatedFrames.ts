import type { DataSet, Fragment } from '../../dicom/parse/dicomParserModule';
import { PIXEL_DATA } from '../dataset/imageInfo';
import { fail, ok, type Result } from '../types';

const EXTENDED_OFFSET_TABLE = 'x7fe00001';
const EXTENDED_OFFSET_TABLE_LENGTHS = 'x7fe00002';

/**
 * The compressed bytes of one frame of encapsulated Pixel Data (PS3.5 §A.4). Frame boundaries come from,
 * in order of trust: the Extended Offset Table (7FE0,0001), the Basic Offset Table, one fragment per frame,
 * and, when the Basic Offset Table is empty and fragments outnumber frames, the codestream start markers
 * (JPEG SOI, JPEG 2000 SOC or a JP2 signature) that open each frame's first fragment.
 */
export function encapsulatedFrame(
  dataSet: DataSet,
  frameIndex: number,
  numberOfFrames: number,
): Result<Uint8Array> {
  const element = dataSet.elements[PIXEL_DATA];
  if (!element?.encapsulatedPixelData || !element.fragments) {
    return fail(
      'malformed-pixel-data',
      'The transfer syntax is compressed but Pixel Data (7FE0,0010) is not encapsulated in fragments.',
    );
  }
  const fragments = element.fragments;
  if (fragments.length === 0)
    return fail('malformed-pixel-data', 'Encapsulated Pixel Data holds no fragments.');
  const groups = frameFragments(dataSet, fragments, element.basicOffsetTable ?? [], numberOfFrames);
  if (!groups.ok) return groups;
  const group = groups.value[frameIndex];
  if (!group || group.length === 0) {
    return fail(
      'malformed-pixel-data',
      `Frame ${frameIndex + 1} of ${numberOfFrames} is missing from the encapsulated Pixel Data (${fragments.length} fragments found).`,
    );
  }
  return concat(dataSet.byteArray, group, frameIndex);
}

/** Fragments grouped per frame. */
function frameFragments(
  dataSet: DataSet,
  fragments: readonly Fragment[],
  basicOffsetTable: readonly number[],
  numberOfFrames: number,
): Result<Fragment[][]> {
  const extended = readExtendedOffsets(dataSet);
  const offsets = extended ?? (basicOffsetTable.length > 0 ? basicOffsetTable : undefined);
  if (offsets) return ok(groupByOffsets(fragments, offsets));
  if (numberOfFrames === 1) return ok([[...fragments]]);
  if (fragments.length <= numberOfFrames) return ok(fragments.map((f) => [f]));
  const starts: number[] = [];
  fragments.forEach((f, i) => {
    if (startsCodestream(dataSet.byteArray, f)) starts.push(i);
  });
  if (starts.length !== numberOfFrames || starts[0] !== 0) {
    return fail(
      'malformed-pixel-data',
      `The Basic Offset Table is empty and ${fragments.length} fragments hold ${numberOfFrames} frames, but ${starts.length} fragments start a codestream: the frames cannot be told apart.`,
    );
  }
  return ok(starts.map((s, i) => fragments.slice(s, starts[i + 1] ?? fragments.length)));
}

function groupByOffsets(fragments: readonly Fragment[], offsets: readonly number[]): Fragment[][] {
  return offsets.map((start, i) => {
    const end = offsets[i + 1] ?? Number.POSITIVE_INFINITY;
    return fragments.filter((f) => f.offset >= start && f.offset < end);
  });
}

/** The Extended Offset Table's 64-bit offsets; values beyond 2^53 would not address a browser buffer anyway. */
function readExtendedOffsets(dataSet: DataSet): number[] | undefined {
  const table = dataSet.elements[EXTENDED_OFFSET_TABLE];
  if (!table || table.length < 8 || !dataSet.elements[EXTENDED_OFFSET_TABLE_LENGTHS]) return undefined;
  const view = new DataView(
    dataSet.byteArray.buffer,
    dataSet.byteArray.byteOffset + table.dataOffset,
    table.length,
  );
  const offsets: number[] = [];
  for (let i = 0; i + 8 <= table.length; i += 8) {
    offsets.push(view.getUint32(i, true) + view.getUint32(i + 4, true) * 2 ** 32);
  }
  return offsets;
}

function startsCodestream(bytes: Uint8Array, f: Fragment): boolean {
  const b = (i: number) => (f.position + i < bytes.length ? (bytes[f.position + i] as number) : -1);
  const jpeg = b(0) === 0xff && b(1) === 0xd8;
  const j2k = b(0) === 0xff && b(1) === 0x4f && b(2) === 0xff && b(3) === 0x51;
  const jp2 = b(4) === 0x6a && b(5) === 0x50 && b(6) === 0x20 && b(7) === 0x20;
  return jpeg || j2k || jp2;
}

function concat(bytes: Uint8Array, group: readonly Fragment[], frameIndex: number): Result<Uint8Array> {
  let total = 0;
  for (const f of group) {
    if (f.position + f.length > bytes.length) {
      return fail(
        'malformed-pixel-data',
        `A fragment of frame ${frameIndex + 1} runs past the end of the file (at byte ${f.position}, ${f.length} bytes): the file is truncated.`,
      );
    }
    total += f.length;
  }
  const only = group[0];
  if (group.length === 1 && only) return ok(bytes.subarray(only.position, only.position + only.length));
  const out = new Uint8Array(total);
  let at = 0;
  for (const f of group) {
    out.set(bytes.subarray(f.position, f.position + f.length), at);
    at += f.length;
  }
  return ok(out);
}
