import type { DosDateTime } from './dosDateTime';
import { LittleEndianRecord } from './littleEndian';
import { SENTINEL_32, zip64ExtraField } from './zip64';

export type ZipMethod = 'store' | 'deflate';

const METHOD_CODE: Record<ZipMethod, number> = { store: 0, deflate: 8 };

/** Bit 3: sizes and CRC follow the data in a data descriptor. Bit 11: the name is UTF-8. */
const FLAGS = (1 << 3) | (1 << 11);
const MADE_BY_UNIX = 0x0300;
const VERSION_DEFAULT = 20;
const VERSION_ZIP64 = 45;
/** A regular file, rw-r--r--, in the Unix mode bits of the external attributes. */
const EXTERNAL_ATTRIBUTES = (0o100644 << 16) >>> 0;

/** What the local header can say before the data is known. */
export interface LocalHeaderInput {
  readonly name: Uint8Array;
  readonly method: ZipMethod;
  readonly modified: DosDateTime;
  /** Declare ZIP64 up front: the sizes in the data descriptor are then 8 bytes each. */
  readonly zip64: boolean;
}

/**
 * Local file header (APPNOTE 4.3.7) with CRC and sizes deferred to the data descriptor. A ZIP64 entry
 * carries the ZIP64 extra field with both sizes (zero here, as 4.5.3 requires both in a local header).
 */
export function localFileHeader(entry: LocalHeaderInput): Uint8Array {
  const extra = entry.zip64 ? zip64ExtraField([0, 0]) : new Uint8Array(0);
  const deferredSize = entry.zip64 ? SENTINEL_32 : 0;
  return new LittleEndianRecord(30 + entry.name.length + extra.length)
    .u32(0x04034b50)
    .u16(entry.zip64 ? VERSION_ZIP64 : VERSION_DEFAULT)
    .u16(FLAGS)
    .u16(METHOD_CODE[entry.method])
    .u16(entry.modified.time)
    .u16(entry.modified.date)
    .u32(0) // CRC-32: in the data descriptor
    .u32(deferredSize)
    .u32(deferredSize)
    .u16(entry.name.length)
    .u16(extra.length)
    .raw(entry.name)
    .raw(extra)
    .done();
}

/** Data descriptor with signature (APPNOTE 4.3.9); sizes are 8 bytes for a ZIP64 entry. */
export function dataDescriptor(
  crc32: number,
  compressedSize: number,
  size: number,
  zip64: boolean,
): Uint8Array {
  const record = new LittleEndianRecord(zip64 ? 24 : 16).u32(0x08074b50).u32(crc32);
  return (zip64 ? record.u64(compressedSize).u64(size) : record.u32(compressedSize).u32(size)).done();
}

/** Everything the central directory needs about one written entry. */
export interface CentralEntry extends LocalHeaderInput {
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

/**
 * Central directory file header (APPNOTE 4.3.12). A ZIP64 entry states both sizes in the ZIP64 extra
 * field (matching its local header); an offset at or above the limit moves there too.
 */
export function centralDirectoryHeader(entry: CentralEntry, offsetLimit: number): Uint8Array {
  const offsetOverflows = entry.offset >= offsetLimit;
  const zip64Values = [
    ...(entry.zip64 ? [entry.size, entry.compressedSize] : []),
    ...(offsetOverflows ? [entry.offset] : []),
  ];
  const extra = zip64Values.length > 0 ? zip64ExtraField(zip64Values) : new Uint8Array(0);
  const version = zip64Values.length > 0 ? VERSION_ZIP64 : VERSION_DEFAULT;
  return new LittleEndianRecord(46 + entry.name.length + extra.length)
    .u32(0x02014b50)
    .u16(MADE_BY_UNIX | version)
    .u16(version)
    .u16(FLAGS)
    .u16(METHOD_CODE[entry.method])
    .u16(entry.modified.time)
    .u16(entry.modified.date)
    .u32(entry.crc32)
    .u32(entry.zip64 ? SENTINEL_32 : entry.compressedSize)
    .u32(entry.zip64 ? SENTINEL_32 : entry.size)
    .u16(entry.name.length)
    .u16(extra.length)
    .u16(0) // comment length
    .u16(0) // disk number start
    .u16(0) // internal attributes
    .u32(EXTERNAL_ATTRIBUTES)
    .u32(offsetOverflows ? SENTINEL_32 : entry.offset)
    .raw(entry.name)
    .raw(extra)
    .done();
}
