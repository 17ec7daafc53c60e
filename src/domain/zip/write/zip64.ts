import { LittleEndianRecord } from './littleEndian';

/**
 * When ZIP64 structures are needed (APPNOTE 4.3.9, 4.4.1.4). A 32-bit size or offset that reaches
 * 0xFFFFFFFF, or an entry count that reaches 0xFFFF, cannot be stored in the classic field: that field
 * then holds the all-ones sentinel and the real value moves to a ZIP64 record.
 * The limits are an option only so tests can force the ZIP64 paths on small archives; production code
 * keeps the defaults.
 */
export interface Zip64Limits {
  /** Sizes, offsets and central-directory size/offset at or above this use ZIP64. */
  readonly bytes: number;
  /** Entry counts at or above this use the ZIP64 end of central directory record. */
  readonly entries: number;
}

export const DEFAULT_ZIP64_LIMITS: Zip64Limits = { bytes: 0xffff_ffff, entries: 0xffff };

export const SENTINEL_32 = 0xffff_ffff;
export const SENTINEL_16 = 0xffff;

const ZIP64_EXTRA_ID = 0x0001;

/**
 * The ZIP64 extended information extra field (APPNOTE 4.5.3). The caller passes only the values whose
 * classic field holds the sentinel, in the fixed order: uncompressed size, compressed size, local header
 * offset.
 */
export function zip64ExtraField(values: readonly number[]): Uint8Array {
  const record = new LittleEndianRecord(4 + 8 * values.length).u16(ZIP64_EXTRA_ID).u16(8 * values.length);
  for (const value of values) record.u64(value);
  return record.done();
}

/** What the end of the archive must describe. */
export interface CentralDirectoryExtent {
  readonly entryCount: number;
  readonly offset: number;
  readonly size: number;
}

/**
 * The records after the central directory: a ZIP64 end record and its locator when any value overflows
 * its classic field (only then, so ordinary archives stay classic), then the classic end record with each
 * overflowing field set to its sentinel.
 */
export function endOfArchive(extent: CentralDirectoryExtent, limits: Zip64Limits): Uint8Array {
  const countOverflows = extent.entryCount >= limits.entries;
  const offsetOverflows = extent.offset >= limits.bytes;
  const sizeOverflows = extent.size >= limits.bytes;
  const needsZip64 = countOverflows || offsetOverflows || sizeOverflows;
  const zip64Size = needsZip64 ? 56 + 20 : 0;
  const record = new LittleEndianRecord(zip64Size + 22);
  if (needsZip64) {
    const zip64EndOffset = extent.offset + extent.size;
    record
      .u32(0x06064b50)
      .u64(44) // size of the rest of this record
      .u16(0x032d) // made by: Unix, spec 4.5
      .u16(45) // needed to extract: ZIP64
      .u32(0) // this disk
      .u32(0) // disk where the central directory starts
      .u64(extent.entryCount)
      .u64(extent.entryCount)
      .u64(extent.size)
      .u64(extent.offset);
    record.u32(0x07064b50).u32(0).u64(zip64EndOffset).u32(1);
  }
  const count = countOverflows ? SENTINEL_16 : extent.entryCount;
  record
    .u32(0x06054b50)
    .u16(0)
    .u16(0)
    .u16(count)
    .u16(count)
    .u32(sizeOverflows ? SENTINEL_32 : extent.size)
    .u32(offsetOverflows ? SENTINEL_32 : extent.offset)
    .u16(0); // no archive comment
  return record.done();
}
