import type { FetchEntry } from './fetchTxt';
import type { IssueLog } from './issues';
import type { ManifestEntry, ParsedManifest } from './manifestParse';
import type { Expectation, PendingFile } from './plan';
import type { PresentFile } from './types';

interface Manifests {
  readonly payload: readonly ParsedManifest[];
  readonly tag: readonly ParsedManifest[];
}

interface Listing {
  readonly entry: ManifestEntry;
  readonly expectations: Expectation[];
}

/** Merge the manifests of one kind into one listing per file (keyed by the NFC path). */
function mergeListings(manifests: readonly ParsedManifest[]): Map<string, Listing> {
  const out = new Map<string, Listing>();
  for (const m of manifests) {
    for (const [key, entry] of m.entries) {
      const listing = out.get(key) ?? { entry, expectations: [] };
      if (m.algorithm)
        listing.expectations.push({ algorithm: m.algorithm, checksum: entry.checksum, source: entry.source });
      out.set(key, listing);
    }
  }
  return out;
}

function directoriesOf(view: {
  files: readonly PresentFile[];
  directories?: readonly string[];
}): Set<string> {
  const dirs = new Set(view.directories ?? []);
  for (const f of view.files) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  return dirs;
}

function listedFile(
  role: 'payload' | 'tag',
  key: string,
  listing: Listing,
  present: ReadonlyMap<string, PresentFile>,
  dirs: ReadonlySet<string>,
  fetch: ReadonlyMap<string, FetchEntry>,
  log: IssueLog,
): PendingFile {
  const { entry, expectations } = listing;
  const base = { path: entry.path, role, expectations };
  const file = present.get(key);
  if (file) {
    if (file.path !== entry.path)
      log.warn(
        'normalization',
        `${entry.source}: "${entry.path}" matches the file "${file.path}" only after Unicode normalization.`,
        entry.path,
      );
    if (expectations.length === 0) {
      return {
        ...base,
        presentPath: file.path,
        size: file.size,
        status: 'present-unchecked',
        reason: 'Present; listed only in manifests whose algorithm this app cannot compute.',
      };
    }
    return { ...base, presentPath: file.path, size: file.size, status: 'hash' };
  }
  if (dirs.has(entry.path)) {
    log.error(
      'directory-listed',
      `${entry.source}: "${entry.path}" is a directory; manifests list files only.`,
      entry.path,
    );
    return {
      ...base,
      status: 'missing',
      reason: `${entry.source} lists "${entry.path}", which is a directory, not a file.`,
    };
  }
  const fetched = fetch.get(key);
  if (fetched) {
    return {
      ...base,
      status: 'to-fetch',
      reason: `${entry.path} is absent and listed in fetch.txt (${fetched.url}): to be fetched, not verified. This app never fetches anything.`,
    };
  }
  const kind = role === 'tag' ? 'Tag file' : 'Payload file';
  return {
    ...base,
    status: 'missing',
    reason: `${kind} ${entry.path} is listed in ${entry.source} but absent.`,
  };
}

/**
 * Cross-check manifests, fetch.txt and the files present: one pending entry per listed, unsafe or extra
 * file. RFC 8493 3: from 1.0 every payload file must be in every payload manifest; before, in at least one.
 */
export function bagPending(
  view: { files: readonly PresentFile[]; directories?: readonly string[] },
  manifests: Manifests,
  fetchEntries: readonly FetchEntry[],
  version10: boolean,
  log: IssueLog,
): PendingFile[] {
  const present = new Map(view.files.map((f) => [f.path.normalize('NFC'), f] as const));
  const dirs = directoriesOf(view);
  const fetch = new Map(fetchEntries.map((e) => [e.path.normalize('NFC'), e] as const));
  const out: PendingFile[] = [];

  const payload = mergeListings(manifests.payload);
  for (const [key, listing] of payload)
    out.push(listedFile('payload', key, listing, present, dirs, fetch, log));

  const unsafeSeen = new Set<string>();
  for (const u of [...manifests.payload, ...manifests.tag].flatMap((m) => m.unsafe)) {
    if (unsafeSeen.has(u.path)) continue;
    unsafeSeen.add(u.path);
    out.push({
      path: u.path,
      role: 'payload',
      expectations: [],
      status: 'unsafe-path',
      reason: `${u.source} names an unsafe path: ${u.reason}. Never opened.`,
    });
  }

  for (const file of view.files.filter((f) => f.path.startsWith('data/'))) {
    const key = file.path.normalize('NFC');
    const missingIn = manifests.payload.filter((m) => !m.entries.has(key)).map((m) => m.fileName);
    if (manifests.payload.length > 0 && missingIn.length === manifests.payload.length) {
      out.push({
        path: file.path,
        presentPath: file.path,
        role: 'payload',
        size: file.size,
        expectations: [],
        status: 'extra',
        reason: `${file.path} is in data/ but listed in no payload manifest.`,
      });
    } else if (version10 && missingIn.length > 0) {
      log.error(
        'not-in-every-manifest',
        `Payload file ${file.path} is not listed in ${missingIn.join(', ')} (BagIt 1.0: every manifest lists every payload file).`,
        file.path,
      );
    }
  }

  for (const [key, e] of fetch) {
    const notIn = manifests.payload.filter((m) => !m.entries.has(key)).map((m) => m.fileName);
    if (notIn.length > 0)
      log.error(
        'fetch-unlisted',
        `${e.source}: "${e.path}" is not listed in ${notIn.join(', ')}.`,
        'fetch.txt',
      );
  }

  for (const t of manifests.tag) {
    for (const m of manifests.payload) {
      if (!t.entries.has(m.fileName.normalize('NFC'))) {
        log.strictFrom10(
          version10,
          'tag-manifest-incomplete',
          `${t.fileName} does not list the payload manifest ${m.fileName}.`,
          t.fileName,
        );
      }
    }
  }
  const tags = mergeListings(manifests.tag);
  for (const [key, listing] of tags) out.push(listedFile('tag', key, listing, present, dirs, fetch, log));
  return out;
}
