import type { ChecklistEntry } from '../../domain/records';
import type { DocumentKind } from '../documentKind';
import { requireFields } from '../readFields';

/** The patient's review of one care-record item (id = the item's key, see itemKey). */
export const checklistEntryKind: DocumentKind<ChecklistEntry> = {
  name: 'checklist',
  version: 1,
  migrations: {},
  read: (value) =>
    requireFields<ChecklistEntry>(value, 'checklist entry', { item: 'object', state: 'string' }),
};
