import type { IssueLog } from './issues';
import { canonicalPath, decodeListedPath, unsafePathReason } from './pathSafety';
import { splitLines } from './textLines';

export interface FetchEntry {
  readonly url: string;
  readonly path: string;
  readonly source: string;
}

/**
 * fetch.txt (RFC 8493 2.2.3): "url length path". This app never fetches anything: the file only tells
 * which absent payload files are expected to arrive separately. Its paths get the same safety checks as
 * manifest paths (the suite's *-for-fetch bags put "../", "/tmp", "~" and Windows paths there).
 */
export function parseFetchTxt(text: string, version10: boolean, log: IssueLog): FetchEntry[] {
  const out: FetchEntry[] = [];
  splitLines(text).forEach((line, index) => {
    const source = `fetch.txt line ${index + 1}`;
    if (line.trim() === '') return;
    const m = /^(\S+)[ \t]+(\S+)[ \t]+(.+)$/.exec(line.trim());
    if (!m) {
      log.error('fetch-syntax', `${source} is not "url length path": "${line}".`, 'fetch.txt');
      return;
    }
    const [, url = '', length = '', raw = ''] = m;
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:\S/.test(url))
      log.error('fetch-syntax', `${source}: "${url}" is not an absolute URL.`, 'fetch.txt');
    if (length !== '-' && !/^\d+$/.test(length))
      log.error('fetch-syntax', `${source}: length "${length}" is neither a number nor "-".`, 'fetch.txt');
    const { path: decoded } = decodeListedPath(raw, version10);
    const reason = unsafePathReason(decoded);
    if (reason) {
      log.error('unsafe-path', `${source} names "${decoded}", which is unsafe: ${reason}.`, 'fetch.txt');
      return;
    }
    const path = canonicalPath(decoded);
    if (!path.startsWith('data/')) {
      log.error(
        'fetch-outside-data',
        `${source}: "${path}" is not a payload file; fetch.txt may only name files under data/.`,
        'fetch.txt',
      );
      return;
    }
    out.push({ url, path, source });
  });
  return out;
}
