import type { Medication } from '../../domain/records';
import type { DocumentKind } from '../documentKind';
import { requireFields } from '../readFields';

/** A medication in the care record (id = its own). */
export const medicationKind: DocumentKind<Medication> = {
  name: 'medication',
  version: 1,
  migrations: {},
  read: (value) => requireFields<Medication>(value, 'medication', { id: 'string', name: 'string' }),
};
