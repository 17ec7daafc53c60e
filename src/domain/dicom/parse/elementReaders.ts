import type { DataSet, Element } from 'dicom-parser';
import type { CharacterSet } from '../charset/characterSet';
import { parsePersonName } from '../charset/personName';
import type { PersonName } from '../model';

/**
 * Typed reads of one element from a dicom-parser DataSet. Every reader returns undefined for an absent,
 * empty, or out-of-bounds value, so a damaged element never turns into a wrong number or a throw.
 */

function present(ds: DataSet, tag: string): Element | undefined {
  const element = ds.elements[tag];
  if (!element || element.length === 0 || element.length === 0xffffffff) return undefined;
  if (element.dataOffset + element.length > ds.byteArray.length) return undefined;
  return element;
}

function rawBytes(ds: DataSet, tag: string): Uint8Array | undefined {
  const element = present(ds, tag);
  return element ? ds.byteArray.subarray(element.dataOffset, element.dataOffset + element.length) : undefined;
}

/** An ASCII value (AE, AS, CS, DA, DS, IS, TM, UI), NUL and space padding removed; all values joined by `\`. */
export function asciiValue(ds: DataSet, tag: string): string | undefined {
  const bytes = rawBytes(ds, tag);
  if (!bytes) return undefined;
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  const trimmed = text
    .replace(/\0+$/, '')
    .split('\\')
    .map((v) => v.trim())
    .join('\\');
  return trimmed.replace(/^\\+$/, '') || undefined;
}

export function asciiValues(ds: DataSet, tag: string): string[] | undefined {
  const value = asciiValue(ds, tag);
  return value === undefined ? undefined : value.split('\\').filter((v) => v !== '');
}

/** A text value of a character-set-dependent VR (SH, LO, ST, LT, PN, UC, UT), decoded; first value only. */
export function textValue(ds: DataSet, tag: string, vr: string, charset: CharacterSet): string | undefined {
  const decoded = decodedValue(ds, tag, vr, charset);
  if (decoded === undefined) return undefined;
  const first = vr === 'ST' || vr === 'LT' || vr === 'UT' ? decoded : (decoded.split('\\')[0] ?? '');
  const trimmed = first.replace(/[\0 ]+$/, '').replace(/^ +/, '');
  return trimmed === '' ? undefined : trimmed;
}

/** The whole decoded value of a text element, every value and delimiter kept, padding not removed. */
export function decodedValue(
  ds: DataSet,
  tag: string,
  vr: string,
  charset: CharacterSet,
): string | undefined {
  const bytes = rawBytes(ds, tag);
  return bytes ? charset.decode(bytes, vr) : undefined;
}

export function personName(ds: DataSet, tag: string, charset: CharacterSet): PersonName | undefined {
  const first = textValue(ds, tag, 'PN', charset);
  return first === undefined ? undefined : parsePersonName(first);
}

/** DS or IS values as numbers; undefined unless every value parses and there are `count` of them (if given). */
export function numbers(ds: DataSet, tag: string, count?: number): number[] | undefined {
  const values = asciiValues(ds, tag);
  if (!values || values.length === 0) return undefined;
  // "+ 0" turns -0 into 0, which is what a JSON round trip would do anyway.
  const parsed = values.map((v) => Number(v) + 0);
  if (parsed.some((n) => !Number.isFinite(n))) return undefined;
  if (count !== undefined && parsed.length !== count) return undefined;
  return parsed;
}

export function number(ds: DataSet, tag: string): number | undefined {
  return numbers(ds, tag)?.[0];
}

/** A US value (unsigned 16-bit, in the data set's byte order). */
export function uint16(ds: DataSet, tag: string): number | undefined {
  const element = present(ds, tag);
  if (!element || element.length < 2) return undefined;
  return ds.uint16(tag);
}
