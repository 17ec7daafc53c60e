import type { ByteArray, ByteArrayParser, DataSet as DataSetShape, Element } from 'dicom-parser';

/**
 * dicom-parser exports its DataSet class at run time, but its typings declare only the interface.
 * readDicomdir builds one DataSet per directory record, so the constructor is declared here.
 */
declare module 'dicom-parser' {
  export const DataSet: new (
    byteArrayParser: ByteArrayParser,
    byteArray: ByteArray,
    elements: Record<string, Element>,
  ) => DataSetShape;
}
