import type { ScanLogRow } from '../../domain/records';
import type { DocumentKind } from '../documentKind';
import { requireFields } from '../readFields';

/** One row of the patient's scan log (id = its own). */
export const scanLogRowKind: DocumentKind<ScanLogRow> = {
  name: 'scan-log',
  version: 1,
  migrations: {},
  read: (value) => requireFields<ScanLogRow>(value, 'scan log row', { id: 'string' }),
};
