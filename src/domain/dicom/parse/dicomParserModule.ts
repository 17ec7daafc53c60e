import * as namespace from 'dicom-parser';

type DicomParser = typeof namespace;

/**
 * dicom-parser ships a UMD bundle: bundlers expose its functions as named exports, but Node's ESM loader
 * sees only `default`. Take whichever is there so the same code runs in the worker and in Node tests.
 */
export const dicomParser: DicomParser =
  (namespace as unknown as { default?: DicomParser }).default ?? (namespace as DicomParser);

export type { DataSet, Element, Fragment } from 'dicom-parser';
