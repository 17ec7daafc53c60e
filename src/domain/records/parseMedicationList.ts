import { findDoses } from './medicationDose';
import { frequencyStart } from './medicationFrequency';

/** One medication read from a list the user typed or pasted (e.g. from a pharmacy's website or label). */
export interface ListedMedication {
  /** 1-based line of the pasted text, so the UI can point at it. */
  readonly line: number;
  readonly raw: string;
  readonly name: string;
  readonly dose: string;
  readonly frequency: string;
  readonly prescriber: string;
}

export interface SkippedLine {
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

export interface ParsedMedicationList {
  readonly medications: ListedMedication[];
  readonly skipped: SkippedLine[];
}

type Column = 'name' | 'dose' | 'frequency' | 'prescriber';

const HEADER_WORDS: ReadonlyArray<readonly [RegExp, Column]> = [
  [/^(?:medications?|medicines?|drugs?|name|drug name|product|description|item)$/, 'name'],
  [/^(?:dose|dosage|strength)$/, 'dose'],
  [/^(?:frequency|sig|directions|instructions|how to take|schedule)$/, 'frequency'],
  [/^(?:prescriber|prescribed by|doctor|provider|physician)$/, 'prescriber'],
];

/** Pharmacy printouts append these; everything from the first one on is not part of the directions. */
const TRAILER =
  /[,;]?\s*(?:\b(?:qty|quantity|disp|dispensed?|refills?|days'? supply|last filled|filled on)\b|\brx\s*#).*$/i;
// "Dr." needs its period: a bare "DR" is the delayed-release suffix.
const PRESCRIBER = /(?:\bprescriber\s*:|\bprescribed by\b|\bdr\.)\s*:?\s*([^,;|\t]+)/i;

/**
 * Reads a pasted medication list tolerantly: one medication a line, free text ("Metoprolol succinate 50 mg
 * once daily"), bullets and numbering, or delimited by tabs, semicolons, bars or commas (with or without a
 * header row naming the columns). Lines without a readable name are returned in `skipped` with a reason;
 * the rest of the list is still read.
 */
export function parseMedicationList(text: string): ParsedMedicationList {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const medications: ListedMedication[] = [];
  const skipped: SkippedLine[] = [];
  let header: Array<Column | null> | null = null;
  let delimiter: RegExp | null = null;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || /^[-=_*\s]+$/.test(line)) return;
    if (medications.length === 0 && header === null) {
      const found = readHeader(line);
      if (found) {
        [header, delimiter] = found;
        return;
      }
    }
    const item =
      header && delimiter ? fromColumns(line, header, delimiter, i + 1) : fromFreeText(line, raw, i + 1);
    if (typeof item === 'string') skipped.push({ line: i + 1, text: raw, reason: item });
    else medications.push(item);
  });
  return { medications, skipped };
}

function readHeader(line: string): [Array<Column | null>, RegExp] | null {
  if (/\d/.test(line)) return null;
  const delimiter = [/\t/, /\s*\|\s*/, /\s*;\s*/, /\s*,\s*/].find((d) => d.test(line));
  if (!delimiter) return null;
  const columns = splitCells(line, delimiter).map(
    (cell) => HEADER_WORDS.find(([re]) => re.test(cell.toLowerCase()))?.[1] ?? null,
  );
  return columns.includes('name') ? [columns, delimiter] : null;
}

function fromColumns(
  line: string,
  header: ReadonlyArray<Column | null>,
  delimiter: RegExp,
  lineNo: number,
): ListedMedication | string {
  const cells = splitCells(line, delimiter);
  const get = (c: Column) => cells[header.indexOf(c)]?.trim() ?? '';
  const name = get('name');
  if (!/\p{L}/u.test(name)) return 'No medication name in the name column.';
  if (!header.includes('dose')) {
    const free = fromFreeText(name, line, lineNo);
    if (typeof free !== 'string') return { ...free, frequency: get('frequency') || free.frequency };
  }
  return {
    line: lineNo,
    raw: line,
    name,
    dose: get('dose'),
    frequency: get('frequency'),
    prescriber: get('prescriber'),
  };
}

function fromFreeText(line: string, raw: string, lineNo: number): ListedMedication | string {
  let text = line.replace(/^(?:[-*•·▪◦]|\d+[.)]|\(\d+\))\s+/u, '');
  // Before the delimiters go: they end the prescriber's name.
  const prescriber = (PRESCRIBER.exec(text)?.[1] ?? '').replace(TRAILER, '');
  text = text
    .replace(PRESCRIBER, ' ')
    .replace(/["\t|;]/g, ' ')
    .replace(TRAILER, '')
    .trim();
  const strength = findDoses(text).find((d) => d.dose.unit !== 'count');
  let name: string;
  let dose = '';
  let rest: string;
  if (strength) {
    name = text.slice(0, strength.index);
    dose = text.slice(strength.index, strength.index + strength.length);
    rest = text.slice(strength.index + strength.length);
  } else {
    const at = frequencyStart(text);
    name = at > 0 ? text.slice(0, at) : text;
    rest = at > 0 ? text.slice(at) : '';
  }
  // Form words between the strength and the directions ("24 hr tablet") describe the product, not the dose.
  const at = frequencyStart(rest);
  const between = at >= 0 ? rest.slice(0, at) : rest;
  if (at >= 0 || !/\d/.test(between)) {
    name = `${name} ${between}`;
    rest = at >= 0 ? rest.slice(at) : '';
  }
  name = tidy(name);
  if (!/\p{L}/u.test(name)) return 'No medication name on this line.';
  return { line: lineNo, raw, name, dose: tidy(dose), frequency: tidy(rest), prescriber: tidy(prescriber) };
}

/** Splits a delimited line, honouring double-quoted cells ("a, b") as CSV does. */
function splitCells(line: string, delimiter: RegExp): string[] {
  const cells: string[] = [];
  let rest = line;
  while (rest.length > 0) {
    const quoted = /^\s*"((?:[^"]|"")*)"\s*/.exec(rest);
    if (quoted) {
      cells.push((quoted[1] ?? '').replace(/""/g, '"'));
      rest = rest.slice(quoted[0].length);
    } else {
      const m = delimiter.exec(rest);
      cells.push(m ? rest.slice(0, m.index) : rest);
      rest = m ? rest.slice(m.index) : '';
    }
    const sep = new RegExp(`^${delimiter.source}`).exec(rest);
    if (!sep) break;
    rest = rest.slice(sep[0].length);
    if (rest === '') cells.push('');
  }
  return cells.map((c) => c.trim());
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.\-–]+|[\s,;:\-–]+$/g, '')
    .trim();
}
