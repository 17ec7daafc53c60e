import { parseAnnotation, type Annotation } from '../domain/viewing';
import { DamagedDocumentError, type DocumentKind } from './documentKind';

/** An arrow, note or distance drawn on an image in the viewer, kept with its study (id = its own). */
export const annotationKind: DocumentKind<Annotation> = {
  name: 'annotation',
  version: 1,
  migrations: {},
  read: (value) => {
    const parsed = parseAnnotation(value);
    if (typeof parsed === 'string') throw new DamagedDocumentError(parsed);
    return parsed;
  },
};
