import type { CorrectionRequest } from '../../domain/records';
import type { DocumentKind } from '../documentKind';
import { requireFields } from '../readFields';

/** A correction request as stored: the domain request plus the letter's legal basis (id = its own). */
export interface StoredCorrection extends CorrectionRequest {
  readonly legalBasis: 'hipaa' | 'general';
  /** When the draft was made, for ordering. */
  readonly createdAt: string;
}

export const correctionRequestKind: DocumentKind<StoredCorrection> = {
  name: 'correction-request',
  version: 1,
  migrations: {},
  read: (value) =>
    requireFields<StoredCorrection>(value, 'correction request', {
      id: 'string',
      createdAt: 'string',
      items: 'array',
      provider: 'object',
    }),
};
