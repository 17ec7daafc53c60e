import type { Problem } from '../../domain/records';
import type { DocumentKind } from '../documentKind';
import { requireFields } from '../readFields';

/** A problem (condition) in the care record (id = its own). */
export const problemKind: DocumentKind<Problem> = {
  name: 'problem',
  version: 1,
  migrations: {},
  read: (value) => requireFields<Problem>(value, 'problem', { id: 'string', condition: 'string' }),
};
