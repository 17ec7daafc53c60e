import type { DocumentKind } from './documentKind';
import { requireFields } from './readFields';

/** A file the integrity check found wrong, named by patient, study and file. */
export interface FixityFailure {
  readonly patient: string;
  readonly study: string;
  readonly file: string;
  readonly reason: string;
}

/** One run of the integrity (fixity) check (id = when). */
export interface FixityResult {
  readonly at: string;
  readonly checked: number;
  readonly total: number;
  readonly bytes: number;
  readonly failures: readonly FixityFailure[];
  readonly cancelled: boolean;
}

export const fixityRunKind: DocumentKind<FixityResult> = {
  name: 'integrity-check',
  version: 1,
  migrations: {},
  read: (value) =>
    requireFields<FixityResult>(value, 'integrity check', {
      at: 'string',
      failures: 'array',
      cancelled: 'boolean',
    }),
};
