import type { Facility } from '../../domain/records';
import type { DocumentKind } from '../documentKind';
import { requireFields } from '../readFields';

/** A facility that holds images, with its retention rule (id = its own). */
export const facilityKind: DocumentKind<Facility> = {
  name: 'facility',
  version: 1,
  migrations: {},
  read: (value) => requireFields<Facility>(value, 'facility', { id: 'string', name: 'string' }),
};
