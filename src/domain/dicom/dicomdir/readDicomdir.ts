import { parseDicom, type DataSet } from 'dicom-parser';
import { characterSet } from '../charset/characterSet';
import { asciiValue } from '../parse/elementReaders';
import { thrownMessage } from '../parse/explainParseError';
import { transferSyntax } from '../uids/transferSyntaxes';
import { isSequenceEnd, readRecordAt, type RawRecord, type RecordEncoding } from './directoryRecord';
import { recordFields, type DirectoryRecord, type RecordFields } from './recordKeys';

export type { DirectoryKeys, DirectoryRecord } from './recordKeys';

export interface Dicomdir {
  /** File-set ID (0004,1130). */
  readonly fileSetId?: string;
  /** Every record, in hierarchy order (each parent before its children); linked ones first. */
  readonly records: readonly DirectoryRecord[];
  /** What was wrong with the offsets or records, one sentence each (the rest was still read). */
  readonly problems: readonly string[];
}

export type DicomdirResult =
  { readonly ok: true; readonly dicomdir: Dicomdir } | { readonly ok: false; readonly reason: string };

const SEQUENCE = 'x00041220';

/**
 * Reads a DICOMDIR (PS3.3 F.3, PS3.10 8) by walking its offsets: the first root record, then each
 * record's lower-level and next records. Cycles, offsets that point at no record and records no link
 * reaches are reported in `problems` and do not stop the walk. When the root offset is unusable the
 * hierarchy is rebuilt from the records' order and types. Never throws.
 */
export function readDicomdir(bytes: Uint8Array): DicomdirResult {
  let header: DataSet;
  try {
    header = parseDicom(bytes, { untilTag: SEQUENCE });
  } catch (thrown) {
    return { ok: false, reason: `DICOMDIR unreadable: ${thrownMessage(thrown)}` };
  }
  const sequence = header.elements[SEQUENCE];
  if (!sequence) return { ok: false, reason: 'DICOMDIR has no Directory Record Sequence (0004,1220)' };
  const syntax = transferSyntax(asciiValue(header, 'x00020010') ?? '');
  const encoding: RecordEncoding = {
    explicit: syntax?.encoding !== 'implicit-le',
    littleEndian: syntax?.encoding !== 'explicit-be',
  };
  const charset = characterSet(asciiValue(header, 'x00080005')?.split('\\') ?? []);
  const problems: string[] = [];

  // Every record in file order, so links can be checked and unlinked records still listed.
  const scanned = new Map<number, { raw: RawRecord; fields: RecordFields }>();
  const sequenceEnd = sequence.length === 0xffffffff ? bytes.length : sequence.dataOffset + sequence.length;
  if (sequenceEnd > bytes.length) {
    problems.push(
      `the Directory Record Sequence runs ${sequenceEnd - bytes.length} bytes past the end of the file`,
    );
  }
  for (let at = sequence.dataOffset; at < Math.min(sequenceEnd, bytes.length);) {
    if (isSequenceEnd(bytes, at, encoding.littleEndian)) break;
    const raw = readRecordAt(bytes, at, encoding);
    if (!raw || raw.end <= at) {
      problems.push(
        `no directory record where one should start, at byte ${at}: the rest of the list is not read`,
      );
      break;
    }
    scanned.set(at, { raw, fields: recordFields(raw.dataSet, charset) });
    if (raw.cutShort) problems.push(`the directory record at byte ${at} is cut off by the end of the file`);
    at = raw.end;
  }

  const records: DirectoryRecord[] = [];
  const visited = new Set<number>();
  const toRecord = (
    offset: number,
    fields: RecordFields,
    parent: number | undefined,
    linked: boolean,
  ): void => {
    records.push({
      offset,
      type: fields.type,
      ...(parent === undefined ? {} : { parent }),
      linked,
      ...(fields.inactive ? { inactive: true } : {}),
      ...fields.details,
    });
  };

  const walk = (first: number | undefined, parent: number | undefined, depth: number): void => {
    let offset = first;
    while (offset) {
      if (visited.has(offset)) {
        problems.push(`the offsets loop back to the record at byte ${offset} (cycle): the loop is cut there`);
        return;
      }
      const entry = scanned.get(offset) ?? lookup(bytes, offset, encoding, charset, scanned);
      if (!entry) {
        const from = parent === undefined ? 'the root' : `the record at byte ${parent}`;
        problems.push(`a link under ${from} points to byte ${offset}, where no directory record starts`);
        return;
      }
      visited.add(offset);
      toRecord(offset, entry.fields, parent, true);
      if (depth < 16) walk(entry.fields.lower, offset, depth + 1);
      offset = entry.fields.next;
    }
  };

  const rootOffset = header.elements['x00041200'] ? header.uint32('x00041200') : undefined;
  if (rootOffset && (scanned.has(rootOffset) || readRecordAt(bytes, rootOffset, encoding))) {
    walk(rootOffset, undefined, 0);
  } else if (scanned.size > 0) {
    problems.push(
      'the offset of the first root record (0004,1200) is missing or wrong: records read in file order',
    );
    rebuildFromOrder(scanned, toRecord, visited);
  }

  const unlinked = [...scanned.entries()].filter(([offset]) => !visited.has(offset));
  if (unlinked.length > 0) {
    problems.push(
      `${unlinked.length} directory record(s) are not reached by any link; they are listed anyway`,
    );
    for (const [offset, entry] of unlinked) toRecord(offset, entry.fields, undefined, false);
  }
  for (const r of records) {
    if (!r.type)
      problems.push(`the directory record at byte ${r.offset} has no Directory Record Type (0004,1430)`);
  }
  const fileSetId = asciiValue(header, 'x00041130');
  return { ok: true, dicomdir: { ...(fileSetId ? { fileSetId } : {}), records, problems } };
}

function lookup(
  bytes: Uint8Array,
  offset: number,
  encoding: RecordEncoding,
  charset: ReturnType<typeof characterSet>,
  scanned: Map<number, { raw: RawRecord; fields: RecordFields }>,
): { raw: RawRecord; fields: RecordFields } | undefined {
  const raw = readRecordAt(bytes, offset, encoding);
  if (!raw) return undefined;
  const entry = { raw, fields: recordFields(raw.dataSet, charset) };
  scanned.set(offset, entry);
  return entry;
}

const LEVEL: Record<string, number> = { PATIENT: 0, STUDY: 1, SERIES: 2 };

/** Without usable offsets, records written depth-first (as every writer does) still give the hierarchy. */
function rebuildFromOrder(
  scanned: Map<number, { raw: RawRecord; fields: RecordFields }>,
  toRecord: (offset: number, fields: RecordFields, parent: number | undefined, linked: boolean) => void,
  visited: Set<number>,
): void {
  const stack: { level: number; offset: number }[] = [];
  for (const [offset, { fields }] of scanned) {
    const level = LEVEL[fields.type] ?? 3;
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
    toRecord(offset, fields, stack.at(-1)?.offset, true);
    visited.add(offset);
    if (level < 3) stack.push({ level, offset });
  }
}
