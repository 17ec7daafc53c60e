import type { DataSet } from 'dicom-parser';
import { characterSet, type CharacterSet } from '../charset/characterSet';
import { asciiValue, asciiValues, number, personName, textValue, uint16 } from '../parse/elementReaders';

/** The identifying keys a directory record carries (PS3.3 F.5): whichever its level has. */
export interface DirectoryKeys {
  readonly patientId?: string | undefined;
  readonly patientName?: string | undefined;
  readonly studyInstanceUid?: string | undefined;
  readonly studyDate?: string | undefined;
  readonly studyTime?: string | undefined;
  readonly studyDescription?: string | undefined;
  readonly studyId?: string | undefined;
  readonly accessionNumber?: string | undefined;
  readonly seriesInstanceUid?: string | undefined;
  readonly modality?: string | undefined;
  readonly seriesNumber?: number | undefined;
  readonly instanceNumber?: number | undefined;
}

export interface DirectoryRecord {
  /** Byte offset of the record in the DICOMDIR (its identity: Next/Lower offsets point here). */
  readonly offset: number;
  /** DirectoryRecordType (0004,1430) as written: PATIENT, STUDY, SERIES, IMAGE, SR DOCUMENT... */
  readonly type: string;
  /** Offset of the parent record; absent for root records and for records no link reaches. */
  readonly parent?: number;
  /** Reached by following the offsets from the root (false: found only by scanning the sequence). */
  readonly linked: boolean;
  /** RecordInUseFlag (0004,1410) is 0000H: the record was deleted and should be ignored. */
  readonly inactive?: boolean;
  /** ReferencedFileID (0004,1500) components, as written (e.g. ["98892003", "MR700", "4678"]). */
  readonly referencedFileId?: readonly string[] | undefined;
  /** The same joined with "/" (relative to the DICOMDIR's folder). */
  readonly referencedPath?: string | undefined;
  readonly referencedSopClassUid?: string | undefined;
  readonly referencedSopInstanceUid?: string | undefined;
  readonly referencedTransferSyntaxUid?: string | undefined;
  readonly keys: DirectoryKeys;
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export interface RecordFields {
  readonly type: string;
  readonly next: number | undefined;
  readonly lower: number | undefined;
  readonly inactive: boolean;
  readonly details: Omit<DirectoryRecord, 'offset' | 'type' | 'parent' | 'linked' | 'inactive'>;
}

/** Reads a record's links and keys; text is decoded with the record's own character set if it has one. */
export function recordFields(ds: DataSet, inherited: CharacterSet): RecordFields {
  const ownTerms = asciiValue(ds, 'x00080005');
  const charset = ownTerms === undefined ? inherited : characterSet(ownTerms.split('\\'));
  const fileId = asciiValues(ds, 'x00041500');
  const name = personName(ds, 'x00100010', charset);
  const offset = (tag: string): number | undefined => {
    const element = ds.elements[tag];
    return element && element.length >= 4 ? ds.uint32(tag) : undefined;
  };
  return {
    type: asciiValue(ds, 'x00041430') ?? '',
    next: offset('x00041400'),
    lower: offset('x00041420'),
    inactive: uint16(ds, 'x00041410') === 0,
    details: defined({
      referencedFileId: fileId,
      referencedPath: fileId?.join('/'),
      referencedSopClassUid: asciiValue(ds, 'x00041510'),
      referencedSopInstanceUid: asciiValue(ds, 'x00041511'),
      referencedTransferSyntaxUid: asciiValue(ds, 'x00041512'),
      keys: defined({
        patientId: textValue(ds, 'x00100020', 'LO', charset),
        patientName: name?.text,
        studyInstanceUid: asciiValue(ds, 'x0020000d'),
        studyDate: asciiValue(ds, 'x00080020'),
        studyTime: asciiValue(ds, 'x00080030'),
        studyDescription: textValue(ds, 'x00081030', 'LO', charset),
        studyId: textValue(ds, 'x00200010', 'SH', charset),
        accessionNumber: textValue(ds, 'x00080050', 'SH', charset),
        seriesInstanceUid: asciiValue(ds, 'x0020000e'),
        modality: asciiValue(ds, 'x00080060'),
        seriesNumber: number(ds, 'x00200011'),
        instanceNumber: number(ds, 'x00200013'),
      }),
    }),
  };
}
