import type { Allergy } from '../../domain/records';
import type { DocumentKind } from '../documentKind';
import { requireFields } from '../readFields';

/** An allergy in the care record (id = its own). */
export const allergyKind: DocumentKind<Allergy> = {
  name: 'allergy',
  version: 1,
  migrations: {},
  read: (value) => requireFields<Allergy>(value, 'allergy', { id: 'string', substance: 'string' }),
};
