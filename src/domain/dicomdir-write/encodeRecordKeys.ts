import type { RecordNode } from './buildRecordTree';
import {
  concatBytes,
  encodeElement,
  encodeSequence,
  EXPLICIT_LITTLE,
  textBytes,
  uint16Bytes,
  uint32Bytes,
} from '../dicom/write/encodeElement';
import type { CodeItem, DirectoryText, LeafKeyValue } from './model';
import { CODE_KEYS, KEY, LEAF_KEYS, type KeyDef, type LeafRecordType } from './recordKeys';
import { recordTextEncoder, type RecordTextEncoder } from './recordCharset';

/** An encoded key element of a record, kept with its tag so the record can be written in tag order. */
export interface EncodedKey {
  readonly tag: number;
  readonly bytes: Uint8Array;
}

type KeyValues = Map<KeyDef, LeafKeyValue | undefined>;

function isEmpty(value: LeafKeyValue | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'number') return false;
  if (typeof value === 'string') return value.trim() === '';
  if (value instanceof Uint8Array) return value.every((b) => b === 0x20 || b === 0x00);
  return value.length === 0;
}

/** Values for Type 1 keys a source lacked, as dcmmkdir's "invent" mode does; each is reported. */
function invented(key: KeyDef, node: RecordNode): string | undefined {
  switch (key.keyword) {
    case 'PatientID':
      return 'UNKNOWN';
    case 'StudyDate':
      return '19000101';
    case 'StudyTime':
      return '000000';
    case 'StudyID':
    case 'SeriesNumber':
    case 'InstanceNumber':
      return String(node.ordinal);
    case 'Modality':
      return 'OT';
    default:
      return undefined;
  }
}

function valuesFor(node: RecordNode): KeyValues {
  const { instance } = node;
  const { patient, study, series } = instance;
  switch (node.type) {
    case 'PATIENT':
      return new Map<KeyDef, LeafKeyValue | undefined>([
        [KEY.PatientName, patient.patientName],
        [KEY.PatientID, patient.patientId],
        [KEY.PatientBirthDate, patient.birthDate],
        [KEY.PatientSex, patient.sex],
      ]);
    case 'STUDY':
      return new Map<KeyDef, LeafKeyValue | undefined>([
        [KEY.StudyDate, study.studyDate],
        [KEY.StudyTime, study.studyTime],
        [KEY.AccessionNumber, study.accessionNumber],
        [KEY.ReferringPhysicianName, study.referringPhysicianName],
        [KEY.StudyDescription, study.description],
        [KEY.StudyInstanceUID, study.studyInstanceUid],
        [KEY.StudyID, study.studyId],
      ]);
    case 'SERIES':
      return new Map<KeyDef, LeafKeyValue | undefined>([
        [KEY.Modality, series.modality],
        [KEY.SeriesInstanceUID, series.seriesInstanceUid],
        [KEY.SeriesNumber, series.seriesNumber],
      ]);
    default: {
      const keys = LEAF_KEYS[node.type as LeafRecordType];
      return new Map(
        keys.map((key) => [
          key,
          key.keyword === 'InstanceNumber' ? instance.instanceNumber : instance.leafKeys?.[key.keyword],
        ]),
      );
    }
  }
}

function textsOf(value: LeafKeyValue | undefined): DirectoryText[] {
  if (value === undefined || typeof value === 'number') return [];
  if (typeof value === 'string' || value instanceof Uint8Array) return [value];
  return value.flatMap((item) => [
    item.codeValue,
    item.codingSchemeDesignator,
    item.codeMeaning,
    ...(item.codingSchemeVersion ? [item.codingSchemeVersion] : []),
  ]);
}

function encodeCodeItems(items: readonly CodeItem[], text: RecordTextEncoder): Uint8Array[] {
  return items.map((item) =>
    concatBytes(
      (
        [
          [CODE_KEYS.codeValue, item.codeValue],
          [CODE_KEYS.codingSchemeDesignator, item.codingSchemeDesignator],
          [CODE_KEYS.codingSchemeVersion, item.codingSchemeVersion],
          [CODE_KEYS.codeMeaning, item.codeMeaning],
        ] as const
      )
        .filter(([, v]) => v !== undefined)
        .map(([key, v]) =>
          encodeElement(key.tag, key.vr, textBytes(text.encode(v as DirectoryText), key.vr), EXPLICIT_LITTLE),
        ),
    ),
  );
}

function encodeValue(key: KeyDef, value: LeafKeyValue | undefined, text: RecordTextEncoder): Uint8Array {
  if (key.vr === 'SQ') {
    const items = Array.isArray(value) ? (value as readonly CodeItem[]) : [];
    return encodeSequence(key.tag, encodeCodeItems(items, text), EXPLICIT_LITTLE);
  }
  if (value === undefined) return encodeElement(key.tag, key.vr, new Uint8Array(0), EXPLICIT_LITTLE);
  if (Array.isArray(value)) throw new Error(`Key ${key.keyword} is not a sequence but was given code items.`);
  if (typeof value === 'number' || key.vr === 'US' || key.vr === 'UL') {
    const n = typeof value === 'number' ? value : Number.parseInt(textKeyOf(value as DirectoryText), 10);
    const bytes = key.vr === 'US' ? uint16Bytes([n], true) : uint32Bytes([n], true);
    return encodeElement(key.tag, key.vr, bytes, EXPLICIT_LITTLE);
  }
  return encodeElement(
    key.tag,
    key.vr,
    textBytes(text.encode(value as DirectoryText), key.vr),
    EXPLICIT_LITTLE,
  );
}

function textKeyOf(value: DirectoryText): string {
  return typeof value === 'string' ? value : new TextDecoder('latin1').decode(value);
}

/**
 * The key elements of one record (without the four structural elements), Specific Character Set first when
 * needed. Type 1 keys the instance lacks are invented (and reported) where a neutral value exists, else
 * written empty and reported; Type 2 keys are always present; Type 3 keys only when known.
 */
export function encodeRecordKeys(
  node: RecordNode,
  extendedKeys: boolean,
  warn: (message: string) => void,
): EncodedKey[] {
  const values = valuesFor(node);
  if (!extendedKeys) for (const key of [...values.keys()]) if (key.extended) values.delete(key);
  const where = `${node.type} record of ${node.instance.fileId.join('\\')}`;
  for (const [key, value] of values) {
    if (key.type !== '1' || !isEmpty(value)) continue;
    const made = invented(key, node);
    warn(
      made === undefined
        ? `${where}: Type 1 key ${key.keyword} has no value in the instance; written empty.`
        : `${where}: Type 1 key ${key.keyword} has no value in the instance; "${made}" written instead.`,
    );
    values.set(key, made);
  }
  const text = recordTextEncoder(
    [...values.values()].flatMap(textsOf),
    node.instance.specificCharacterSet,
    warn,
    where,
  );
  const keys: EncodedKey[] = [];
  if (text.charset) {
    const { tag, vr } = KEY.SpecificCharacterSet;
    keys.push({ tag, bytes: encodeElement(tag, vr, textBytes(text.charset, vr), EXPLICIT_LITTLE) });
  }
  for (const [key, value] of values) {
    if (key.type === '3' && isEmpty(value)) continue;
    keys.push({ tag: key.tag, bytes: encodeValue(key, value, text) });
  }
  return keys.sort((a, b) => a.tag - b.tag);
}
