import type { DocumentKind } from './documentKind';
import { requireFields } from './readFields';

/** A key image made in the viewer (PNG with its annotations and identifiers), kept with its study. */
export interface KeyImageRecord {
  readonly id: string;
  readonly studyId: string;
  readonly fileName: string;
  readonly createdAt: string;
  readonly pngBase64: string;
  /** The caption's lines, joined by newlines. */
  readonly caption: string;
}

export const keyImageKind: DocumentKind<KeyImageRecord> = {
  name: 'key-image',
  version: 1,
  migrations: {},
  read: (value) =>
    requireFields<KeyImageRecord>(value, 'key image', {
      id: 'string',
      studyId: 'string',
      fileName: 'string',
      createdAt: 'string',
      pngBase64: 'string',
    }),
};
