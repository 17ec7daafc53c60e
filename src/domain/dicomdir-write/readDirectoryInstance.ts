import type { DataSet } from 'dicom-parser';
import type { CodeItem, DirectoryInstance, DirectoryText, LeafKeyValue } from './model';
import { trimTrailingPadding } from './recordCharset';
import { LEAF_KEYS } from './recordKeys';
import { recordTypeForSopClass } from './recordTypeForSopClass';
import { parsePart10 } from '../dicom/parse/parsePart10';

const MEDIA_STORAGE_DIRECTORY = '1.2.840.10008.1.3.10';

const key = (tag: number) => `x${tag.toString(16).padStart(8, '0')}`;

/** The value bytes as stored (text is never byte-swapped, whatever the transfer syntax), padding removed;
 * undefined when the element is absent. */
function raw(dataSet: DataSet, tag: number): Uint8Array | undefined {
  const element = dataSet.elements[key(tag)];
  if (!element) return undefined;
  return trimTrailingPadding(
    dataSet.byteArray.subarray(element.dataOffset, element.dataOffset + element.length),
  );
}

/** An ASCII-only value (UIs, dates, codes), or undefined when absent or empty. */
function ascii(dataSet: DataSet, tag: number): string | undefined {
  const bytes = raw(dataSet, tag);
  if (!bytes || bytes.length === 0) return undefined;
  return String.fromCharCode(...bytes).trim() || undefined;
}

/** Text that may use the file's character set: kept as its bytes when not ASCII. */
function text(dataSet: DataSet, tag: number): DirectoryText | undefined {
  const bytes = raw(dataSet, tag);
  if (!bytes) return undefined;
  return bytes.every((b) => b < 0x80 && b !== 0x1b) ? String.fromCharCode(...bytes) : bytes;
}

function codeItems(dataSet: DataSet, tag: number): CodeItem[] | undefined {
  const element = dataSet.elements[key(tag)];
  if (!element?.items) return undefined;
  return element.items.flatMap((item) => {
    const ds = item.dataSet;
    if (!ds) return [];
    const version = text(ds, 0x00080103);
    return [
      {
        codeValue: text(ds, 0x00080100) ?? '',
        codingSchemeDesignator: text(ds, 0x00080102) ?? '',
        ...(version !== undefined ? { codingSchemeVersion: version } : {}),
        codeMeaning: text(ds, 0x00080104) ?? '',
      },
    ];
  });
}

function leafKeys(dataSet: DataSet, sopClassUid: string): Record<string, LeafKeyValue> {
  const out: Record<string, LeafKeyValue> = {};
  for (const def of LEAF_KEYS[recordTypeForSopClass(sopClassUid)]) {
    let value: LeafKeyValue | undefined;
    if (def.vr === 'SQ') value = codeItems(dataSet, def.tag);
    else if (def.vr === 'US') value = dataSet.uint16(key(def.tag));
    else if (def.vr === 'UL') value = dataSet.uint32(key(def.tag));
    else value = text(dataSet, def.tag);
    if (value !== undefined) out[def.keyword] = value;
  }
  return out;
}

/**
 * Reads from a Part 10 file what its DICOMDIR records need (stopping before the pixel data). Text that is
 * not ASCII is kept as the file's bytes with its Specific Character Set, so the DICOMDIR repeats it exactly.
 * Study Date and Time fall back to the series, content or acquisition date when the study has none.
 */
export function readDirectoryInstance(
  bytes: Uint8Array,
  fileId: readonly string[],
  warn: (message: string) => void = () => {},
): DirectoryInstance {
  const { dataSet, transferSyntaxUid } = parsePart10(bytes, 'x7fe00010');
  const sopClassUid = ascii(dataSet, 0x00020002) ?? ascii(dataSet, 0x00080016);
  if (sopClassUid === MEDIA_STORAGE_DIRECTORY) {
    throw new Error(
      'This file is itself a DICOMDIR (Media Storage Directory), not an instance to list in one.',
    );
  }
  // The Referenced ... In File keys mirror the file meta (PS3.10 7.1); a file whose data set disagrees is
  // listed as its meta says, and the disagreement reported.
  const sopInstanceUid = ascii(dataSet, 0x00020003) ?? ascii(dataSet, 0x00080018);
  const dataSetUid = ascii(dataSet, 0x00080018);
  if (dataSetUid && sopInstanceUid && dataSetUid !== sopInstanceUid) {
    warn(
      `${fileId.join('\\')}: Media Storage SOP Instance UID ${sopInstanceUid} in the file meta differs from the SOP Instance UID ${dataSetUid} of the data set.`,
    );
  }
  const studyInstanceUid = ascii(dataSet, 0x0020000d);
  const seriesInstanceUid = ascii(dataSet, 0x0020000e);
  const missing = [
    ['SOP Class UID', sopClassUid],
    ['SOP Instance UID', sopInstanceUid],
    ['Study Instance UID', studyInstanceUid],
    ['Series Instance UID', seriesInstanceUid],
  ].filter(([, v]) => !v);
  if (missing.length > 0 || !sopClassUid || !sopInstanceUid || !studyInstanceUid || !seriesInstanceUid) {
    throw new Error(`Cannot list this file in a DICOMDIR: it has no ${missing.map(([n]) => n).join(', ')}.`);
  }
  const charset = raw(dataSet, 0x00080005);
  const firstOf = (...tags: number[]) => tags.map((t) => ascii(dataSet, t)).find((v) => v !== undefined);
  const instanceNumber = ascii(dataSet, 0x00200013);
  const birthDate = ascii(dataSet, 0x00100030);
  const sex = ascii(dataSet, 0x00100040);
  const studyDate = firstOf(0x00080020, 0x00080021, 0x00080023, 0x00080022);
  const studyTime = firstOf(0x00080030, 0x00080031, 0x00080033, 0x00080032);
  const description = text(dataSet, 0x00081030);
  const accessionNumber = text(dataSet, 0x00080050);
  const studyId = text(dataSet, 0x00200010);
  const referring = text(dataSet, 0x00080090);
  const modality = ascii(dataSet, 0x00080060);
  const seriesNumber = ascii(dataSet, 0x00200011);
  return {
    fileId: [...fileId],
    sopClassUid,
    sopInstanceUid,
    transferSyntaxUid,
    ...(charset && charset.length > 0
      ? { specificCharacterSet: String.fromCharCode(...charset).trim() }
      : {}),
    patient: {
      patientId: text(dataSet, 0x00100020) ?? '',
      patientName: text(dataSet, 0x00100010) ?? '',
      ...(birthDate ? { birthDate } : {}),
      ...(sex ? { sex } : {}),
    },
    study: {
      studyInstanceUid,
      ...(studyDate ? { studyDate } : {}),
      ...(studyTime ? { studyTime } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(accessionNumber !== undefined ? { accessionNumber } : {}),
      ...(studyId !== undefined ? { studyId } : {}),
      ...(referring !== undefined ? { referringPhysicianName: referring } : {}),
    },
    series: {
      seriesInstanceUid,
      ...(modality ? { modality } : {}),
      ...(seriesNumber ? { seriesNumber } : {}),
    },
    ...(instanceNumber ? { instanceNumber } : {}),
    leafKeys: leafKeys(dataSet, sopClassUid),
  };
}
