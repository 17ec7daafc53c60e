import type { DocumentKind } from './documentKind';
import { requireFields } from './readFields';

/**
 * An attached document (an opinion or a receipt), id = its SHA-256. Its bytes are a sealed original
 * (chunked, content addressed, authenticated on read) rather than base64 inside this record: a report
 * PDF can be many MB, and every read of a kind opens every record, so big bytes here would slow every
 * screen.
 */
export interface AttachedDocument {
  readonly address: string;
  readonly sha256: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly attachedAt: string;
}

export const attachedDocumentKind: DocumentKind<AttachedDocument> = {
  name: 'opinion-document',
  version: 1,
  migrations: {},
  read: (value) =>
    requireFields<AttachedDocument>(value, 'attached document', {
      address: 'string',
      fileName: 'string',
      mediaType: 'string',
    }),
};
