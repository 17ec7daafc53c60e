import type { IssueLog } from './issues';
import { startsWithUtf8Bom } from './tagEncoding';
import { splitLines } from './textLines';

export interface BagitDeclaration {
  /** As written, e.g. "0.97". */
  readonly versionText: string;
  /** [major, minor], for comparisons. */
  readonly version: readonly [number, number];
  readonly encodingLabel: string;
}

const KNOWN_VERSIONS = ['0.93', '0.94', '0.95', '0.96', '0.97', '1.0'];
const LABELS = ['BagIt-Version', 'Tag-File-Character-Encoding'] as const;

export function isAtLeast(version: readonly [number, number], major: number, minor: number): boolean {
  return version[0] > major || (version[0] === major && version[1] >= minor);
}

/**
 * RFC 8493 2.1.1: bagit.txt is UTF-8 without a byte-order mark and holds exactly
 * "BagIt-Version: M.N" then "Tag-File-Character-Encoding: ENC". Drafts before 1.0 were read leniently by
 * the tools of their day, so stray whitespace around ':' is a warning there and an error from 1.0.
 * Returns undefined when the declaration cannot be used at all (the reasons are in the log).
 */
export function parseBagitTxt(bytes: Uint8Array, log: IssueLog): BagitDeclaration | undefined {
  let body = bytes;
  if (startsWithUtf8Bom(bytes)) {
    log.error('bom', 'bagit.txt begins with a byte-order mark, which RFC 8493 2.1.1 forbids.', 'bagit.txt');
    body = bytes.subarray(3);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    log.error('encoding', 'bagit.txt is not UTF-8 text.', 'bagit.txt');
    return undefined;
  }
  const fields = new Map<string, string>();
  const order: string[] = [];
  let loose = false;
  const lines = splitLines(text);
  if (lines.some((l) => l.trim() === ''))
    log.warn('blank-line', 'bagit.txt contains blank lines.', 'bagit.txt');
  for (const line of lines.filter((l) => l.trim() !== '')) {
    const exact = /^(BagIt-Version|Tag-File-Character-Encoding): (\S(?:.*\S)?)$/.exec(line);
    const lenient =
      exact ?? /^[ \t]*(BagIt-Version|Tag-File-Character-Encoding)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!lenient) {
      log.error('bagit-txt', `bagit.txt has an unexpected line: "${line}".`, 'bagit.txt');
      continue;
    }
    if (!exact) loose = true;
    const [, label = '', value = ''] = lenient;
    if (fields.has(label)) log.error('bagit-txt', `bagit.txt declares ${label} twice.`, 'bagit.txt');
    fields.set(label, value);
    order.push(label);
  }
  const versionText = fields.get(LABELS[0]);
  if (versionText === undefined) {
    log.error('bagit-txt', 'bagit.txt has no BagIt-Version line.', 'bagit.txt');
    return undefined;
  }
  const m = /^(\d+)\.(\d+)$/.exec(versionText);
  if (!m) {
    log.error('version', `bagit.txt: BagIt-Version "${versionText}" is not of the form M.N.`, 'bagit.txt');
    return undefined;
  }
  const version: [number, number] = [Number(m[1]), Number(m[2])];
  if (!isAtLeast(version, 0, 93)) {
    log.error(
      'version',
      `BagIt version ${versionText} is older than any this app knows (0.93).`,
      'bagit.txt',
    );
    return undefined;
  }
  if (!KNOWN_VERSIONS.includes(versionText)) {
    log.warn(
      'version',
      `BagIt version ${versionText} is not one this app knows; checked by the rules of 1.0.`,
      'bagit.txt',
    );
  }
  const strict = isAtLeast(version, 1, 0);
  if (loose) {
    log.strictFrom10(
      strict,
      'bagit-txt-whitespace',
      'bagit.txt has extra whitespace around ":" or at a line end.',
      'bagit.txt',
    );
  }
  if (order[0] !== undefined && order[0] !== LABELS[0]) {
    log.strictFrom10(
      strict,
      'bagit-txt',
      'bagit.txt lists Tag-File-Character-Encoding before BagIt-Version.',
      'bagit.txt',
    );
  }
  const encodingLabel = fields.get(LABELS[1]);
  if (encodingLabel === undefined) {
    log.error('bagit-txt', 'bagit.txt has no Tag-File-Character-Encoding line.', 'bagit.txt');
    return undefined;
  }
  return { versionText, version, encodingLabel };
}
