import { isBackupTable, type BackupRecord, type RecordDescriptor } from './format';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** A record as read from a backup, with its authentication code (format 2). */
export interface ReadRecord extends BackupRecord {
  readonly mac?: string;
}

/**
 * A record frame's payload: descriptor length (u32 LE), the descriptor as JSON, then the sealed bytes.
 * From format 2 the descriptor JSON also carries `mac`, the record's authentication code.
 */
export function encodeRecordPayload(record: BackupRecord, mac?: string): Uint8Array {
  const { table, row } = record.descriptor;
  const descriptor = encoder.encode(JSON.stringify(mac === undefined ? { table, row } : { table, row, mac }));
  const out = new Uint8Array(4 + descriptor.length + record.sealed.length);
  new DataView(out.buffer).setUint32(0, descriptor.length, true);
  out.set(descriptor, 4);
  out.set(record.sealed, 4 + descriptor.length);
  return out;
}

/** The record in a payload, or why it is not one (the caller names the frame). */
export function decodeRecordPayload(payload: Uint8Array): ReadRecord | string {
  if (payload.length < 4) return 'the record is shorter than its own length field';
  const length = new DataView(payload.buffer, payload.byteOffset, payload.byteLength).getUint32(0, true);
  if (4 + length > payload.length) return 'the record’s descriptor runs past its end';
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(decoder.decode(payload.subarray(4, 4 + length)));
  } catch {
    return 'the record’s descriptor is not valid JSON';
  }
  const problem = descriptorProblem(descriptor);
  if (problem) return problem;
  const { table, row, mac } = descriptor as RecordDescriptor & { mac?: unknown };
  return {
    descriptor: { table, row },
    sealed: payload.slice(4 + length),
    ...(typeof mac === 'string' ? { mac } : {}),
  };
}

const REQUIRED: Record<RecordDescriptor['table'], readonly [string, 'string' | 'number'][]> = {
  chunks: [
    ['address', 'string'],
    ['index', 'number'],
  ],
  originals: [['address', 'string']],
  instances: [
    ['id', 'string'],
    ['seriesId', 'string'],
    ['address', 'string'],
  ],
  series: [
    ['id', 'string'],
    ['studyId', 'string'],
  ],
  studies: [
    ['id', 'string'],
    ['patientId', 'string'],
  ],
  patients: [['id', 'string']],
  records: [['id', 'string']],
  audit: [['seq', 'number']],
  settings: [['key', 'string']],
};

function descriptorProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'the record has no descriptor';
  const { table, row } = value as { table?: unknown; row?: unknown };
  if (!isBackupTable(table)) return `the record names an unknown table "${String(table)}"`;
  if (typeof row !== 'object' || row === null) return `the ${table} record has no row fields`;
  for (const [field, type] of REQUIRED[table]) {
    if (typeof (row as Record<string, unknown>)[field] !== type) {
      return `the ${table} record lacks its ${field}`;
    }
  }
  return null;
}
