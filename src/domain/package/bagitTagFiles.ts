import { humanSize, payloadOxum } from './payloadOxum';

/** bagit.txt of a BagIt 1.0 bag, exactly as RFC 8493 2.1.1 spells it. */
export function bagitTxt(): string {
  return 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
}

export interface BagInfoInput {
  readonly sourceOrganization: string;
  readonly externalDescription: string;
  /** The package id. */
  readonly internalSenderIdentifier: string;
  /** A Date is written as its local calendar day (the sender's "today"); a string must be YYYY-MM-DD. */
  readonly baggingDate: Date | string;
  /** Further elements in the order given, e.g. ['Bag-Software-Agent', 'Imaging Vault 0.1']. */
  readonly extra?: readonly (readonly [label: string, value: string])[];
}

/** Labels this module computes itself, which callers must not pass in `extra`. */
const COMPUTED = ['bagit-version', 'tag-file-character-encoding', 'payload-oxum', 'bag-size', 'bagging-date'];

/**
 * bag-info.txt (RFC 8493 2.2.2). Values that span lines are written as continuation lines, so a
 * description typed by the user cannot break the file; empty optional values are left out.
 */
export function bagInfoTxt(input: BagInfoInput, payload: readonly { readonly size: number }[]): string {
  const octets = payload.reduce((sum, file) => sum + file.size, 0);
  const elements: [string, string][] = [
    ['Source-Organization', input.sourceOrganization],
    ['External-Description', input.externalDescription],
    ['Bagging-Date', isoDay(input.baggingDate)],
    ['Payload-Oxum', payloadOxum(payload)],
    ['Bag-Size', humanSize(octets)],
    ['Internal-Sender-Identifier', input.internalSenderIdentifier],
  ];
  for (const [label, value] of input.extra ?? []) {
    if (COMPUTED.includes(label.toLowerCase())) {
      throw new Error(`bag-info.txt: "${label}" is computed by the package writer and cannot be given`);
    }
    elements.push([label, value]);
  }
  return elements
    .filter(([, value]) => value.trim() !== '')
    .map(([label, value]) => element(label, value))
    .join('');
}

function element(label: string, value: string): string {
  if (!/^[^\s:][^:\r\n]*$/.test(label) || label !== label.trim() || /\p{Cc}/u.test(label)) {
    throw new Error(`bag-info.txt: invalid label "${label}" (no colon, line break or surrounding spaces)`);
  }
  const lines = value
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\p{Cc}/gu, ' ').trim())
    .filter((line) => line !== '');
  return `${label}: ${lines.join('\n  ')}\n`;
}

function isoDay(date: Date | string): string {
  if (typeof date === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`Bagging-Date "${date}" is not YYYY-MM-DD`);
    return date;
  }
  if (Number.isNaN(date.getTime())) throw new Error('Bagging-Date is not a valid date');
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
