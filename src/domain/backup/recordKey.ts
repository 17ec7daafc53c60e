import type { RecordDescriptor } from './format';

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
