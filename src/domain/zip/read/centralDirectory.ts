import { readBlob } from '../../bytes/readFailure';
import { decodeEntryName, unsafeEntryName } from './entryName';
import { methodProblem } from './entryDecode';
import { MAX16, MAX32, SIG, extraFields, u16, u32, u64, zip64Values } from './zipBytes';

export interface ZipDirectoryEntry {
  readonly path: string;
  readonly isDirectory: boolean;
  readonly size: number;
  readonly compressedSize: number;
  readonly crc32: number;
  readonly method: number;
  readonly flags: number;
  /** Where the entry's local header starts in the Blob (already corrected for any prepended bytes). */
  readonly localHeaderOffset: number;
  /** Why its data is refused (unsafe name, symlink, encryption, unknown method), or undefined. */
  readonly problem?: string;
}

export interface ZipDirectory {
  readonly entries: readonly ZipDirectoryEntry[];
  readonly zip64: boolean;
  /** Findings about the archive as a whole (duplicate names, count mismatch...), for the report. */
  readonly warnings: readonly string[];
}

const EOCD_LENGTH = 22;

async function bytesOf(blob: Blob, start: number, end: number): Promise<Uint8Array> {
  return readBlob(blob.slice(start, end));
}

/** The end-of-central-directory record: the last "PK\5\6" whose comment length reaches the end exactly. */
function findEnd(tail: Uint8Array): number {
  for (let i = tail.length - EOCD_LENGTH; i >= 0; i--) {
    if (u32(tail, i) === SIG.end && i + EOCD_LENGTH + u16(tail, i + 20) === tail.length) return i;
  }
  for (let i = tail.length - EOCD_LENGTH; i >= 0; i--) if (u32(tail, i) === SIG.end) return i;
  return -1;
}

function symlinkOrProblem(
  b: Uint8Array,
  at: number,
  path: string,
  flags: number,
  method: number,
): string | undefined {
  const unsafe = unsafeEntryName(path);
  if (unsafe) return `its name is unsafe: ${unsafe}`;
  const madeByUnix = (b[at + 5] ?? 0) === 3;
  if (madeByUnix && ((u32(b, at + 38) >>> 16) & 0o170000) === 0o120000) return 'it is a symbolic link';
  if (flags & 0x1) return 'it is encrypted';
  return path.endsWith('/') ? undefined : methodProblem(method);
}

interface EntrySpan {
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

/** An archive refused whole: its structure can only have been crafted (or is damaged beyond use). */
function refused(reason: string): Error {
  return new Error(`This ZIP is refused: ${reason}. The archive is damaged or crafted to attack the reader.`);
}

/** A stored entry is its own data: sizes that disagree mean its header lies. */
function storedSizeProblem(method: number, v: { size: number; compressedSize: number }): string | undefined {
  if (method !== 0 || v.size === v.compressedSize) return undefined;
  return `it is stored uncompressed, yet claims ${v.size} bytes from ${v.compressedSize} stored bytes`;
}

/**
 * Every entry's header and data must lie before the central directory and apart from every other entry's:
 * entries that share bytes are how an overlapping-entry bomb expands one small kernel once per entry
 * (a 42 KB file to petabytes), and no ZIP writer produces them. Info-ZIP refuses them the same way.
 */
function checkSpans(spans: EntrySpan[], directoryStart: number): void {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  let previous: EntrySpan | undefined;
  for (const span of sorted) {
    if (span.end > directoryStart)
      throw refused(`the data of entry "${span.path}" runs into the central directory (or past the file)`);
    if (previous && span.start < previous.end)
      throw refused(`entries "${previous.path}" and "${span.path}" overlap (a ZIP-bomb construction)`);
    previous = span;
  }
}

/**
 * Read the central directory of a ZIP held in a Blob (a picked or dropped File): every entry's name,
 * sizes, CRC and offset, ZIP64 included, by reading only the archive's tail and its directory. Preferred
 * over streaming whenever a Blob exists: sizes and counts are known before any data is read (progress
 * bar, Payload-Oxum pre-check), tag files can be read first, and entry boundaries come from the directory
 * rather than from scanning local headers. Throws, with the reason, when the archive is not readable or
 * its structure is impossible (overlapping entries, a directory that runs into its end record, counts or
 * sizes that cannot fit the file).
 */
export async function readCentralDirectory(blob: Blob): Promise<ZipDirectory> {
  const warnings: string[] = [];
  const tailStart = Math.max(0, blob.size - (EOCD_LENGTH + MAX16 + 20));
  const tail = await bytesOf(blob, tailStart, blob.size);
  const endAt = findEnd(tail);
  if (endAt < 0) throw new Error('This is not a ZIP archive, or its end is missing (incomplete download?).');
  if (u16(tail, endAt + 4) !== 0 || u16(tail, endAt + 6) !== 0)
    throw new Error('This ZIP is split across several files (disks), which this app cannot read.');
  let count = u16(tail, endAt + 10);
  let dirSize = u32(tail, endAt + 12);
  let dirOffset = u32(tail, endAt + 16);
  let zip64 = false;
  const endOffset = tailStart + endAt;
  if (endAt >= 20 && u32(tail, endAt - 20) === SIG.zip64Locator) {
    const recordOffset = u64(tail, endAt - 20 + 8);
    const record = await bytesOf(blob, recordOffset, recordOffset + 56);
    if (u32(record, 0) !== SIG.zip64End)
      throw new Error('The ZIP64 end record is missing where its locator points: the archive is damaged.');
    zip64 = true;
    count = u64(record, 32);
    dirSize = u64(record, 40);
    dirOffset = u64(record, 48);
  }
  // Bytes prepended to the archive (a self-extractor stub) shift every offset by the same amount.
  const directoryEnd = zip64 ? endOffset - 20 - 56 : endOffset;
  const shift = Math.max(0, directoryEnd - (dirOffset + dirSize));
  if (dirOffset + shift + dirSize > blob.size)
    throw new Error('The ZIP central directory lies beyond the end of the file: the archive is truncated.');
  if (dirOffset + shift + dirSize > directoryEnd)
    throw refused('its central directory runs into the end record that describes it');
  // Each directory record takes at least 46 bytes: a count that cannot fit is a lie, not a miscount.
  if (count * 46 > dirSize)
    throw refused(`it claims ${count} entries, which cannot fit in its ${dirSize}-byte directory`);
  const dir = await bytesOf(blob, dirOffset + shift, dirOffset + shift + dirSize);
  const entries: ZipDirectoryEntry[] = [];
  const spans: EntrySpan[] = [];
  const seen = new Set<string>();
  let at = 0;
  let records = 0;
  while (at + 46 <= dir.length && u32(dir, at) === SIG.central) {
    const flags = u16(dir, at + 8);
    const method = u16(dir, at + 10);
    const nameLength = u16(dir, at + 28);
    const extraLength = u16(dir, at + 30);
    const commentLength = u16(dir, at + 32);
    if (at + 46 + nameLength + extraLength + commentLength > dir.length)
      throw refused(`directory record ${records + 1} runs past the end of the directory`);
    const name = dir.subarray(at + 46, at + 46 + nameLength);
    const extra = dir.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    const values = zip64Values(
      extraFields(extra).get(0x0001),
      { size: u32(dir, at + 24), compressedSize: u32(dir, at + 20), offset: u32(dir, at + 42) },
      false,
    );
    if (values.size === MAX32 || values.compressedSize === MAX32) zip64 = true;
    const path = decodeEntryName(name, flags, extra);
    if (seen.has(path)) warnings.push(`The archive holds two entries named "${path}"; the first is used.`);
    const problem = symlinkOrProblem(dir, at, path, flags, method) ?? storedSizeProblem(method, values);
    const localHeaderOffset = (values.offset ?? 0) + shift;
    // The local header repeats the name, so its data starts at least this far in; extra fields only add.
    spans.push({
      path,
      start: localHeaderOffset,
      end: localHeaderOffset + 30 + nameLength + values.compressedSize,
    });
    if (!seen.has(path)) {
      entries.push({
        path,
        isDirectory: path.endsWith('/'),
        size: values.size,
        compressedSize: values.compressedSize,
        crc32: u32(dir, at + 16),
        method,
        flags,
        localHeaderOffset,
        ...(problem ? { problem } : {}),
      });
    }
    seen.add(path);
    records += 1;
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (count !== records)
    warnings.push(`The archive says it holds ${count} entries; its directory lists ${records}.`);
  checkSpans(spans, dirOffset + shift);
  return { entries, zip64, warnings };
}
