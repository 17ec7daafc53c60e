import { readShareRecord, type ShareRecord } from '../domain/records';
import type { DocumentKind } from './documentKind';

export type { ShareRecord, ShareStudyRef } from '../domain/records';

/**
 * One package sent, in the share log (id = package id). The Packages feature writes it at export, the
 * share log and Verify add to it; the reader gives every missing field a neutral default, so a record
 * written by any of them (or by an older version) reads the same.
 */
export const shareKind: DocumentKind<ShareRecord> = {
  name: 'share',
  version: 1,
  migrations: {},
  read: (value, id) => readShareRecord(id, value),
};
