import { HEX_LENGTH, type ChecksumAlgorithm } from './algorithms';
import type { IssueLog } from './issues';
import { canonicalPath, decodeListedPath, unsafePathReason } from './pathSafety';
import { splitLines } from './textLines';

export interface ManifestEntry {
  /** Canonical path ("./data/x" becomes "data/x"). */
  readonly path: string;
  readonly checksum: string;
  /** "manifest-md5.txt line 3", for messages. */
  readonly source: string;
}

export interface UnsafeEntry {
  readonly path: string;
  readonly reason: string;
  readonly source: string;
}

export interface ParsedManifest {
  readonly fileName: string;
  /** Undefined when the algorithm is one this app cannot compute: its list still counts for completeness. */
  readonly algorithm: ChecksumAlgorithm | undefined;
  /** Keyed by the NFC form of the path, so two spellings of one Unicode name meet. */
  readonly entries: ReadonlyMap<string, ManifestEntry>;
  readonly unsafe: readonly UnsafeEntry[];
}

export const MANIFEST_NAME = /^manifest-([A-Za-z0-9_-]+)\.txt$/;
export const TAGMANIFEST_NAME = /^tagmanifest-([A-Za-z0-9_-]+)\.txt$/;

export interface ManifestContext {
  readonly fileName: string;
  readonly algorithm: ChecksumAlgorithm | undefined;
  readonly isTagManifest: boolean;
  readonly version10: boolean;
  readonly log: IssueLog;
}

/**
 * One payload or tag manifest (RFC 8493 2.1.3, 2.2.1): lines "checksum<whitespace>path". Every problem is
 * logged with its line and the rest of the file is still read. Duplicates: the same path twice with
 * different checksums is an error; with the same checksum a warning before 1.0 and an error from 1.0;
 * two Unicode spellings of one name a warning (an error when their checksums differ).
 */
export function parseManifest(text: string, ctx: ManifestContext): ParsedManifest {
  const { fileName, algorithm, isTagManifest, version10, log } = ctx;
  const entries = new Map<string, ManifestEntry>();
  const unsafe: UnsafeEntry[] = [];
  splitLines(text).forEach((line, index) => {
    const source = `${fileName} line ${index + 1}`;
    if (line.trim() === '') {
      log.warn('blank-line', `${source} is blank.`, fileName);
      return;
    }
    const m = /^([0-9A-Fa-f]+)[ \t]+(.+)$/.exec(line);
    if (!m) {
      log.error('manifest-syntax', `${source} is not "checksum path": "${line}".`, fileName);
      return;
    }
    const checksum = (m[1] ?? '').toLowerCase();
    let raw = m[2] ?? '';
    if (raw.startsWith('*')) {
      log.warn(
        'binary-marker',
        `${source}: the md5sum binary-mode "*" before the path is not BagIt syntax; read without it.`,
        fileName,
      );
      raw = raw.slice(1);
    }
    if (algorithm && checksum.length !== HEX_LENGTH[algorithm]) {
      log.error(
        'checksum-length',
        `${source}: a ${algorithm} checksum has ${HEX_LENGTH[algorithm]} hex digits, this one ${checksum.length}.`,
        fileName,
      );
    }
    const { path: decoded, strayPercent } = decodeListedPath(raw, version10);
    if (strayPercent)
      log.warn(
        'percent',
        `${source}: "%" not followed by 0A, 0D or 25 in "${raw}"; taken literally.`,
        fileName,
      );
    const reason = unsafePathReason(decoded);
    if (reason) {
      log.error(
        'unsafe-path',
        `${source} names "${decoded}", which is unsafe: ${reason}. It was not opened.`,
        fileName,
      );
      unsafe.push({ path: decoded, reason, source });
      return;
    }
    const path = canonicalPath(decoded);
    if (path !== decoded)
      log.warn('non-canonical-path', `${source}: "${decoded}" read as "${path}".`, fileName);
    const inData = path.startsWith('data/');
    if (isTagManifest && (inData || path === 'data')) {
      log.error(
        'tag-manifest-lists-payload',
        `${source}: a tag manifest lists the payload file "${path}".`,
        fileName,
      );
      return;
    }
    if (isTagManifest && TAGMANIFEST_NAME.test(path)) {
      log.error(
        'tag-manifest-lists-tag-manifest',
        `${source}: a tag manifest lists the tag manifest "${path}".`,
        fileName,
      );
      return;
    }
    if (!isTagManifest && !inData) {
      log.error(
        'outside-data',
        `${source}: a payload manifest lists "${path}", which is outside data/.`,
        fileName,
      );
      return;
    }
    const key = path.normalize('NFC');
    const previous = entries.get(key);
    if (!previous) {
      entries.set(key, { path, checksum, source });
      return;
    }
    const same = previous.checksum === checksum;
    if (previous.path !== path) {
      const message = `${source}: "${path}" and "${previous.path}" (${previous.source}) are one name in two Unicode normalization forms`;
      if (same) log.warn('normalization', `${message}.`, fileName);
      else log.error('duplicate-entry', `${message}, with different checksums.`, fileName);
    } else if (same) {
      log.strictFrom10(
        version10,
        'duplicate-entry',
        `${source}: "${path}" is listed again (${previous.source}); a manifest lists each file once.`,
        fileName,
      );
    } else {
      log.error(
        'duplicate-entry',
        `${source}: "${path}" is listed again with a different checksum (${previous.source}).`,
        fileName,
      );
    }
  });
  return { fileName, algorithm, entries, unsafe };
}
