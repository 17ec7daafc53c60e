/** One file as the manifests list it: its path in the bag and its digests (lower-case hex). */
export interface ManifestEntry {
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
  readonly md5: string;
}

export type ManifestAlgorithm = 'sha256' | 'md5';

/**
 * A file path as a manifest line holds it (RFC 8493 2.1.3): '%' first, so an encoded CR or LF cannot be
 * read back as something else, then CR and LF, which would otherwise split the line.
 */
export function encodeManifestPath(path: string): string {
  return path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * manifest-ALG.txt or tagmanifest-ALG.txt: "checksum  path" lines (two spaces, as sha256sum -c and
 * md5sum -c expect), LF endings, sorted by path so the same bag always gives the same bytes.
 */
export function manifestText(entries: readonly ManifestEntry[], algorithm: ManifestAlgorithm): string {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return sorted.map((entry) => `${entry[algorithm]}  ${encodeManifestPath(entry.path)}\n`).join('');
}

export const MANIFEST_ALGORITHMS: readonly ManifestAlgorithm[] = ['sha256', 'md5'];

export const manifestName = (algorithm: ManifestAlgorithm) => `manifest-${algorithm}.txt`;
export const tagManifestName = (algorithm: ManifestAlgorithm) => `tagmanifest-${algorithm}.txt`;
