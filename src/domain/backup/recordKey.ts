import { isBackupTable, type RecordDescriptor } from './format';

/**
 * The one-line name of a record: its table and primary key (`chunks/<address>/0`, `audit/12`,
 * `studies/<id>`). Keys are random ids or keyed hashes, so the name reveals nothing about the patient.
 */
export function recordKey(descriptor: RecordDescriptor): string {
  const row = descriptor.row;
  switch (descriptor.table) {
    case 'chunks':
      return `chunks/${String(row['address'])}/${String(row['index'])}`;
    case 'originals':
      return `originals/${String(row['address'])}`;
    case 'audit':
      return `audit/${String(row['seq'])}`;
    case 'settings':
      return `settings/${String(row['key'])}`;
    default:
      return `${descriptor.table}/${String(row['id'])}`;
  }
}

/** The identity fields a record key names (the inverse of recordKey), or null if it names none. */
export function parseRecordKey(key: string): RecordDescriptor | null {
  const [table, ...rest] = key.split('/');
  if (!isBackupTable(table) || rest.length === 0) return null;
  const id = rest.join('/');
  switch (table) {
    case 'chunks': {
      const index = Number(rest.at(-1));
      if (rest.length < 2 || !Number.isInteger(index)) return null;
      return { table, row: { address: rest.slice(0, -1).join('/'), index } };
    }
    case 'originals':
      return { table, row: { address: id } };
    case 'audit':
      return Number.isInteger(Number(id)) ? { table, row: { seq: Number(id) } } : null;
    case 'settings':
      return { table, row: { key: id } };
    default:
      return { table, row: { id } };
  }
}

const TABLE_WORDS: Record<RecordDescriptor['table'], string> = {
  chunks: 'part of a stored original file',
  originals: 'the facts of a stored original file',
  instances: 'an image (instance) entry',
  series: 'a series entry',
  studies: 'a study entry',
  patients: 'a patient entry',
  records: 'a care-record document',
  audit: 'an audit-trail entry',
  settings: 'a setting',
};

/** What kind of thing a record key names, in words a person reads. */
export function describeRecordKey(key: string): string {
  const table = key.split('/')[0] as RecordDescriptor['table'];
  const words = TABLE_WORDS[table] ?? 'a record';
  return `${words} (${key.length > 48 ? `${key.slice(0, 45)}…` : key})`;
}
