import type { VisitNote } from '../../domain/records';
import type { DocumentKind } from '../documentKind';
import { requireFields } from '../readFields';

/** A visit note in the care record (id = its own). */
export const visitNoteKind: DocumentKind<VisitNote> = {
  name: 'visit-note',
  version: 1,
  migrations: {},
  read: (value) => requireFields<VisitNote>(value, 'visit note', { id: 'string' }),
};
