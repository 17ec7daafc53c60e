import { DamagedDocumentError, type DocumentKind } from '../documentKind';

/** The one pharmacy list document (id 'latest'): the text last pasted, to reconcile against. */
export const PHARMACY_LIST_ID = 'latest';

export const pharmacyListKind: DocumentKind<string> = {
  name: 'pharmacy-list',
  version: 1,
  migrations: {},
  read: (value) => {
    if (typeof value !== 'string') throw new DamagedDocumentError('The pharmacy list is not text.');
    return value;
  },
};
