import {
  algorithmFromHexLength,
  asChecksumAlgorithm,
  HEX_LENGTH,
  type ChecksumAlgorithm,
} from './algorithms';
import { IssueLog } from './issues';
import { canonicalPath, unsafePathReason } from './pathSafety';
import { hashJobs, type PendingFile, type VerificationPlan } from './plan';
import { splitLines } from './textLines';
import type { PresentFile } from './types';

export interface ChecksumListEntry {
  readonly path: string;
  readonly algorithm: ChecksumAlgorithm;
  readonly checksum: string;
  readonly source: string;
  /** Set when the path is unsafe; the entry is then reported, never opened. */
  readonly unsafeReason?: string;
}

export interface ChecksumList {
  readonly entries: readonly ChecksumListEntry[];
  readonly issues: IssueLog['items'];
}

/** GNU escaping: a line starting with "\" has "\\" and "\n" (and "\r", coreutils 9) in its name. */
function unescapeGnu(name: string): string {
  return name.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c));
}

/**
 * Parse the output of sha256sum / md5sum / sha1sum / sha512sum (text "hash  name" and binary
 * "hash *name", with GNU's leading-backslash escaping) and the BSD / `--tag` form "SHA256 (name) = hash".
 * Backslashes are folder separators (see below). The algorithm comes from the BSD tag, else from the hash length (each supported length is unique).
 * Unreadable lines are reported and skipped; the rest of the list still counts.
 */
export function parseChecksumList(text: string, listName = 'checksum list'): ChecksumList {
  const log = new IssueLog();
  const entries: ChecksumListEntry[] = [];
  splitLines(text.replace(/^\uFEFF/, '')).forEach((line, index) => {
    const source = `${listName} line ${index + 1}`;
    if (line.trim() === '' || line.startsWith('#')) return;
    const escaped = line.startsWith('\\');
    const body = escaped ? line.slice(1) : line;
    let algorithm: ChecksumAlgorithm | undefined;
    let checksum: string;
    let name: string;
    const bsd = /^([A-Za-z0-9-]+) ?\((.*)\) ?= ?([0-9A-Fa-f]+)$/.exec(body);
    const gnu = /^([0-9A-Fa-f]+) [ *](.+)$/.exec(body);
    if (bsd) {
      [, , name = '', checksum = ''] = bsd;
      algorithm = asChecksumAlgorithm(bsd[1] ?? '');
      if (!algorithm) {
        log.error('unsupported-algorithm', `${source}: this app cannot compute ${bsd[1] ?? ''}.`, listName);
        return;
      }
    } else if (gnu) {
      [, checksum = '', name = ''] = gnu;
      algorithm = algorithmFromHexLength(checksum.length);
      if (!algorithm) {
        log.error(
          'checksum-length',
          `${source}: a hash of ${checksum.length} hex digits matches no known algorithm.`,
          listName,
        );
        return;
      }
    } else {
      log.error(
        'list-syntax',
        `${source} is neither "hash  name" nor "ALG (name) = hash": "${line}".`,
        listName,
      );
      return;
    }
    if (checksum.length !== HEX_LENGTH[algorithm]) {
      log.error(
        'checksum-length',
        `${source}: a ${algorithm} hash has ${HEX_LENGTH[algorithm]} hex digits, this one ${checksum.length}.`,
        listName,
      );
      return;
    }
    // Windows tools (certutil, PowerShell, hashdeep) write "dir\\file": a backslash is read as a folder
    // separator, so such lists verify; a POSIX file literally named with a backslash then will not match.
    const raw = (escaped ? unescapeGnu(name) : name).replace(/\\/g, '/');
    const reason = unsafePathReason(raw);
    if (reason)
      log.error(
        'unsafe-path',
        `${source} names "${raw}", which is unsafe: ${reason}. It was not opened.`,
        listName,
      );
    const path = reason ? raw : canonicalPath(raw);
    entries.push({
      path,
      algorithm,
      checksum: checksum.toLowerCase(),
      source,
      ...(reason ? { unsafeReason: reason } : {}),
    });
  });
  return { entries, issues: log.items };
}

/**
 * Match a parsed list against the files present (paths relative to the list's folder). When the user
 * picked loose files rather than a folder, a listed "dir/name" also matches a present "name" if exactly
 * one file has that name. Present files the list does not name are extra, except the list itself.
 */
export function planChecksumList(
  list: ChecksumList,
  files: readonly PresentFile[],
  listFileName?: string,
): VerificationPlan {
  const log = new IssueLog();
  log.items.push(...list.issues);
  const byPath = new Map(files.map((f) => [f.path.normalize('NFC'), f] as const));
  const byName = new Map<string, PresentFile[]>();
  for (const f of files) {
    const name = f.path.slice(f.path.lastIndexOf('/') + 1);
    byName.set(name, [...(byName.get(name) ?? []), f]);
  }
  const used = new Set<string>();
  const grouped = new Map<string, PendingFile>();
  for (const e of list.entries) {
    if (e.unsafeReason) {
      grouped.set(`unsafe:${e.path}`, {
        path: e.path,
        role: 'file',
        expectations: [],
        status: 'unsafe-path',
        reason: `${e.source} names an unsafe path: ${e.unsafeReason}. Never opened.`,
      });
      continue;
    }
    const key = e.path.normalize('NFC');
    const expectation = { algorithm: e.algorithm, checksum: e.checksum, source: e.source };
    const prior = grouped.get(key);
    if (prior) {
      if (prior.expectations.some((x) => x.algorithm === e.algorithm && x.checksum !== e.checksum)) {
        log.error(
          'duplicate-entry',
          `${e.source}: "${e.path}" is listed again with a different ${e.algorithm} hash.`,
          e.path,
        );
      }
      grouped.set(key, { ...prior, expectations: [...prior.expectations, expectation] });
      continue;
    }
    const name = key.slice(key.lastIndexOf('/') + 1);
    const sameName = byName.get(name) ?? [];
    const file = byPath.get(key) ?? (sameName.length === 1 ? sameName[0] : undefined);
    if (file) used.add(file.path);
    grouped.set(
      key,
      file
        ? {
            path: e.path,
            presentPath: file.path,
            role: 'file',
            size: file.size,
            expectations: [expectation],
            status: 'hash',
          }
        : {
            path: e.path,
            role: 'file',
            expectations: [expectation],
            status: 'missing',
            reason: `${e.path} is listed in ${e.source} but absent.`,
          },
    );
  }
  const pending = [...grouped.values()];
  for (const f of files) {
    if (used.has(f.path) || f.path === listFileName) continue;
    pending.push({
      path: f.path,
      presentPath: f.path,
      role: 'file',
      size: f.size,
      expectations: [],
      status: 'extra',
      reason: `${f.path} is present but not in the checksum list.`,
    });
  }
  return { format: 'checksum-list', pending, issues: log.items, jobs: hashJobs(pending) };
}
