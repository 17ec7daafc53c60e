import { asChecksumAlgorithm, normalizeAlgorithmName } from './algorithms';
import { parseBagInfo, readPayloadOxum, type InfoElement, type PayloadOxum } from './bagInfo';
import { isAtLeast, parseBagitTxt } from './bagitTxt';
import { parseFetchTxt, type FetchEntry } from './fetchTxt';
import { IssueLog } from './issues';
import { MANIFEST_NAME, TAGMANIFEST_NAME, parseManifest, type ParsedManifest } from './manifestParse';
import { isSystemJunk } from './pathSafety';
import { hashJobs, type PendingFile, type VerificationPlan } from './plan';
import { bagPending } from './bagPending';
import { decodeTagFile, resolveEncoding } from './tagEncoding';
import type { PresentFile } from './types';

/** The abstract bag: every regular file under its root, and the bytes of the files tagFilesToRead names. */
export interface BagView {
  readonly files: readonly PresentFile[];
  readonly tagFiles: ReadonlyMap<string, Uint8Array>;
  /** Directories, when the source knows them (a ZIP, a directory handle); a folder input does not. */
  readonly directories?: readonly string[];
}

export interface BagPlan extends VerificationPlan {
  /** The quick pre-check: Payload-Oxum against the sizes of data/, known before any hashing. */
  readonly oxum?: { readonly declared: PayloadOxum; readonly actual: PayloadOxum; readonly matches: boolean };
}

function invalidPlan(log: IssueLog): BagPlan {
  return { format: 'bagit', pending: [], issues: log.items, jobs: [] };
}

function readManifests(view: BagView, decode: (name: string) => string, version10: boolean, log: IssueLog) {
  const payload: ParsedManifest[] = [];
  const tag: ParsedManifest[] = [];
  for (const { path } of view.files) {
    const isTag = TAGMANIFEST_NAME.exec(path);
    const m = isTag ?? MANIFEST_NAME.exec(path);
    if (!m || path.includes('/')) continue;
    const name = m[1] ?? '';
    const algorithm = asChecksumAlgorithm(name);
    if (name !== normalizeAlgorithmName(name))
      log.warn(
        'algorithm-name',
        `${path}: algorithm names should be lower-case letters and digits (RFC 8493 2.4).`,
        path,
      );
    const parsed = parseManifest(decode(path), {
      fileName: path,
      algorithm,
      isTagManifest: !!isTag,
      version10,
      log,
    });
    (isTag ? tag : payload).push(parsed);
  }
  const supported = payload.filter((p) => p.algorithm);
  if (payload.length === 0) log.error('no-manifest', 'The bag has no payload manifest (manifest-ALG.txt).');
  for (const p of [...payload, ...tag].filter((x) => !x.algorithm)) {
    const message = `${p.fileName}: this app cannot compute ${normalizeAlgorithmName(p.fileName.replace(/^(tag)?manifest-|\.txt$/g, ''))}; its checksums are not verified.`;
    if (supported.length === 0 && payload.includes(p))
      log.error('unsupported-algorithm', message, p.fileName);
    else log.warn('unsupported-algorithm', message, p.fileName);
  }
  return { payload, tag };
}

function portabilityWarnings(paths: readonly string[], log: IssueLog): void {
  const folded = new Map<string, string>();
  const nfc = new Map<string, string>();
  for (const p of paths) {
    const n = p.normalize('NFC');
    const other = nfc.get(n);
    if (other !== undefined && other !== p)
      log.warn('normalization', `"${other}" and "${p}" differ only in Unicode normalization.`, p);
    nfc.set(n, p);
    const f = n.toLowerCase();
    const same = folded.get(f);
    if (same !== undefined && same !== n)
      log.warn(
        'case-collision',
        `"${same}" and "${p}" differ only in letter case: they collide on Windows and macOS.`,
        p,
      );
    folded.set(f, n);
    if (isSystemJunk(p))
      log.warn('system-file', `"${p}" is an operating-system file (not part of anyone's data).`, p);
  }
}

/**
 * Parse and cross-check a bag's tag files against its file listing (RFC 8493, every version of the
 * conformance suite, 0.93 to 1.0), without reading any payload. Returns the per-file expectations, the
 * structural findings and the hash jobs for the caller.
 */
export function planBag(view: BagView): BagPlan {
  const log = new IssueLog();
  const bagitBytes = view.tagFiles.get('bagit.txt');
  if (!bagitBytes) {
    log.error(
      'missing-bagit-txt',
      'bagit.txt is missing: this is not a BagIt bag (or not its top folder).',
      'bagit.txt',
    );
    return invalidPlan(log);
  }
  const declaration = parseBagitTxt(bagitBytes, log);
  if (!declaration) return invalidPlan(log);
  const encoding = resolveEncoding(declaration.encodingLabel);
  if (!encoding) {
    log.error(
      'encoding',
      `bagit.txt declares the encoding "${declaration.encodingLabel}", which this app cannot read.`,
      'bagit.txt',
    );
    return invalidPlan(log);
  }
  if (!encoding.isUtf8)
    log.warn(
      'encoding',
      `Tag files are in ${encoding.name}; RFC 8493 strongly recommends UTF-8.`,
      'bagit.txt',
    );
  const version10 = isAtLeast(declaration.version, 1, 0);
  const decode = (name: string) =>
    decodeTagFile(view.tagFiles.get(name) ?? new Uint8Array(), name, encoding, version10, log);

  const manifests = readManifests(view, decode, version10, log);
  const infoName = isAtLeast(declaration.version, 0, 96) ? 'bag-info.txt' : 'package-info.txt';
  let info: InfoElement[] = [];
  if (view.tagFiles.has(infoName)) info = parseBagInfo(decode(infoName), infoName, version10, log);
  const declaredOxum = readPayloadOxum(info, infoName, log);
  let fetch: FetchEntry[] = [];
  if (view.tagFiles.has('fetch.txt')) fetch = parseFetchTxt(decode('fetch.txt'), version10, log);

  const payloadFiles = view.files.filter((f) => f.path.startsWith('data/'));
  const dataKnown =
    payloadFiles.length > 0 || view.directories === undefined || view.directories.includes('data');
  if (!dataKnown) log.error('no-data-dir', 'The payload directory data/ is missing.');
  const named = [
    ...view.files.map((f) => f.path),
    ...manifests.payload.flatMap((m) => [...m.entries.values()].map((e) => e.path)),
  ];
  portabilityWarnings([...new Set(named)], log);

  const pending: PendingFile[] = bagPending(view, manifests, fetch, version10, log);
  let oxum: BagPlan['oxum'];
  if (declaredOxum) {
    const actual = { octets: payloadFiles.reduce((s, f) => s + f.size, 0), streams: payloadFiles.length };
    const matches = actual.octets === declaredOxum.octets && actual.streams === declaredOxum.streams;
    if (!matches) {
      log.error(
        'payload-oxum-mismatch',
        `Payload-Oxum in ${infoName} says ${declaredOxum.octets} bytes in ${declaredOxum.streams} files; data/ holds ${actual.octets} bytes in ${actual.streams} files.`,
        infoName,
        'content',
      );
    }
    oxum = { declared: declaredOxum, actual, matches };
  }
  return {
    format: 'bagit',
    pending,
    issues: log.items,
    jobs: hashJobs(pending),
    bag: { version: declaration.versionText, encoding: encoding.name, info },
    ...(oxum ? { oxum } : {}),
  };
}
