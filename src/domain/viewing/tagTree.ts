import { data, log, type DcmjsDataset, type DcmjsElement } from 'dcmjs';
import { errorMessage } from '../text/errorMessage';

/** One element of a data set as the tag browser lists it. */
export interface TagNode {
  /** "(0010,0010)". */
  readonly tag: string;
  /** The dictionary keyword, "Private tag" or "Private creator" when the dictionary does not know it. */
  readonly name: string;
  readonly isPrivate: boolean;
  readonly vr: string;
  /** The value as text, shortened when long; binary values give their size. */
  readonly value: string;
  /** Items of a sequence (SQ), each a list of elements. */
  readonly items?: readonly (readonly TagNode[])[];
}

export type TagTreeResult =
  | { readonly ok: true; readonly meta: readonly TagNode[]; readonly dataset: readonly TagNode[] }
  | { readonly ok: false; readonly reason: string };

const MAX_TEXT = 240;
const BINARY_VRS = new Set(['OB', 'OW', 'OD', 'OF', 'OL', 'OV', 'UN']);

// dcmjs logs every odd element at warn level; the tree reports what matters itself.
log.setLevel('error');

/** Every element of a Part 10 file, with nested sequences, named from dcmjs's dictionary. */
export function readTagTree(bytes: Uint8Array): TagTreeResult {
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const file = data.DicomMessage.readFile(buffer, { ignoreErrors: true });
    return { ok: true, meta: nodesOf(file.meta), dataset: nodesOf(file.dict) };
  } catch (error) {
    const cause = errorMessage(error);
    return { ok: false, reason: `The file's elements could not be listed: ${cause}` };
  }
}

function nodesOf(dataset: DcmjsDataset): TagNode[] {
  return Object.keys(dataset)
    .sort()
    .map((key) => nodeOf(key, dataset[key] as DcmjsElement, dataset));
}

function nodeOf(key: string, element: DcmjsElement, dataset: DcmjsDataset): TagNode {
  const group = key.slice(0, 4).toUpperCase();
  const elementPart = key.slice(4, 8).toUpperCase();
  const tag = `(${group},${elementPart})`;
  const isPrivate = parseInt(group, 16) % 2 === 1;
  const name = isPrivate ? privateName(group, elementPart, dataset) : (standardName(tag) ?? 'Unknown tag');
  if (element.vr === 'SQ') {
    const items = (element.Value ?? []).map((item) => nodesOf(item as DcmjsDataset));
    return { tag, name, isPrivate, vr: 'SQ', value: `${items.length} item(s)`, items };
  }
  return { tag, name, isPrivate, vr: element.vr, value: valueText(element) };
}

function standardName(tag: string): string | undefined {
  return data.DicomMetaDictionary.dictionary[tag]?.name;
}

/**
 * A private element (gggg,xxee) belongs to the creator named in (gggg,00xx) of the same data set; the
 * dictionary knows it as (gggg,"CREATOR",ee) with either hex case.
 */
function privateName(group: string, element: string, dataset: DcmjsDataset): string {
  const block = parseInt(element.slice(0, 2), 16);
  const low = parseInt(element.slice(2), 16);
  if (element.slice(0, 2) === '00' && low >= 0x10) return 'Private creator';
  if (block < 0x10) return 'Private tag';
  const creatorValue =
    dataset[`${group}00${element.slice(0, 2)}`.toLowerCase()] ?? dataset[`${group}00${element.slice(0, 2)}`];
  const creator = typeof creatorValue?.Value?.[0] === 'string' ? creatorValue.Value[0].trim() : undefined;
  if (!creator) return 'Private tag (no creator)';
  const last = element.slice(2);
  for (const g of [group, group.toLowerCase()]) {
    for (const e of [last.toLowerCase(), last]) {
      const entry = data.DicomMetaDictionary.dictionary[`(${g},"${creator}",${e})`];
      if (entry && entry.name !== 'Unknown') return `${entry.name} [${creator}]`;
    }
  }
  return `Private tag [${creator}]`;
}

function valueText(element: DcmjsElement): string {
  const values = element.Value ?? [];
  if (BINARY_VRS.has(element.vr) || values.some((v) => v instanceof ArrayBuffer || ArrayBuffer.isView(v))) {
    const bytes = values.reduce<number>(
      (sum, v) => sum + (v instanceof ArrayBuffer ? v.byteLength : ArrayBuffer.isView(v) ? v.byteLength : 0),
      0,
    );
    return `(binary, ${bytes} bytes)`;
  }
  const text = values.map(valueToText).join('\\');
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}… (${text.length} characters)` : text;
}

function valueToText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'object' && 'Alphabetic' in value) {
    const pn = value as { Alphabetic?: string; Ideographic?: string; Phonetic?: string };
    return [pn.Alphabetic ?? '', pn.Ideographic ?? '', pn.Phonetic ?? ''].join('=').replace(/=+$/, '');
  }
  return JSON.stringify(value);
}
