import type { IssueLog } from './issues';
import { splitLines } from './textLines';

export type InfoElement = readonly [label: string, value: string];

export interface PayloadOxum {
  readonly octets: number;
  readonly streams: number;
}

/**
 * RFC 8493 2.2.2: "Label: value" elements; a line starting with space or tab continues the previous
 * value (joined with one space). The suite's uncommon-metadata-separators bag puts spaces before the colon
 * or several after it: read, with a warning (an error before the colon from 1.0, where the grammar is strict).
 * Labels repeat freely (duplicate-metadata-entries) and compare case-insensitively.
 */
export function parseBagInfo(text: string, fileName: string, strict: boolean, log: IssueLog): InfoElement[] {
  const elements: [string, string][] = [];
  splitLines(text).forEach((line, index) => {
    const where = `${fileName} line ${index + 1}`;
    if (line.trim() === '') return;
    if (line.startsWith(' ') || line.startsWith('\t')) {
      const last = elements[elements.length - 1];
      if (last) last[1] = `${last[1]} ${line.trim()}`;
      else log.error('bag-info', `${where}: a continuation line comes before any label.`, fileName);
      return;
    }
    const colon = line.indexOf(':');
    if (colon < 0) {
      log.error('bag-info', `${where} is not a "Label: value" element: "${line}".`, fileName);
      return;
    }
    const rawLabel = line.slice(0, colon);
    const rawValue = line.slice(colon + 1);
    const label = rawLabel.trim();
    if (label === '') {
      log.error('bag-info', `${where} has an empty label.`, fileName);
      return;
    }
    const spaceBefore = rawLabel !== label;
    const oddAfter = rawValue !== '' && !/^[ \t](?![ \t])/.test(rawValue);
    if (spaceBefore || oddAfter) {
      const message = `${where}: whitespace around ":" is not the single space RFC 8493 2.2.2 asks for ("${line}").`;
      log.strictFrom10(strict && spaceBefore, 'bag-info-whitespace', message, fileName);
    }
    elements.push([label, rawValue.trim()]);
  });
  for (const label of ['Bagging-Date', 'Bag-Size', 'Bag-Group-Identifier', 'Bag-Count']) {
    if (valuesOf(elements, label).length > 1)
      log.warn('bag-info-repeated', `${fileName}: ${label} should not be repeated.`, fileName);
  }
  return elements;
}

export function valuesOf(elements: readonly InfoElement[], label: string): string[] {
  const key = label.toLowerCase();
  return elements.filter(([l]) => l.toLowerCase() === key).map(([, v]) => v);
}

/**
 * Payload-Oxum "OctetCount.StreamCount": the quick pre-check of a bag (byte and file totals of data/,
 * known before hashing anything). At most one; a malformed value is an error.
 */
export function readPayloadOxum(
  elements: readonly InfoElement[],
  fileName: string,
  log: IssueLog,
): PayloadOxum | undefined {
  const values = valuesOf(elements, 'Payload-Oxum');
  if (values.length > 1)
    log.error(
      'payload-oxum',
      `${fileName}: Payload-Oxum appears ${values.length} times (at most once).`,
      fileName,
    );
  const first = values[0];
  if (first === undefined) return undefined;
  const m = /^(\d+)\.(\d+)$/.exec(first);
  if (!m) {
    log.error(
      'payload-oxum',
      `${fileName}: Payload-Oxum "${first}" is not OctetCount.StreamCount.`,
      fileName,
    );
    return undefined;
  }
  return { octets: Number(m[1]), streams: Number(m[2]) };
}
