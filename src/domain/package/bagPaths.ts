/**
 * Paths inside the bag. Package names are ASCII only (issue 5): every viewer, unzip tool and checksum
 * command then handles them the same way on every system.
 */
export function payloadPathProblem(path: string): string | undefined {
  if (!path.startsWith('data/')) return 'is not under data/';
  return relativePathProblem(path);
}

/** Tag files other than the ones the writer makes sit at the bag root (verify.html). */
export function tagPathProblem(path: string): string | undefined {
  if (path.includes('/')) return 'must be at the top of the package';
  if (RESERVED_TAG.test(path)) return 'is a name the BagIt writer makes itself';
  return relativePathProblem(path);
}

const RESERVED_TAG = /^(bagit\.txt|bag-info\.txt|fetch\.txt|data|(tag)?manifest-.*\.txt)$/i;

function relativePathProblem(path: string): string | undefined {
  if (!/^[\x20-\x7e]+$/.test(path)) return 'must be printable ASCII';
  if (/[\\:*?"<>|]/.test(path)) return 'holds a character Windows forbids';
  const parts = path.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return 'has an empty, "." or ".." segment';
  if (parts.some((p) => p !== p.trim() || p.endsWith('.'))) return 'has a segment ending in a space or dot';
  return undefined;
}

/** Text is deflated in the ZIP; DICOM and other binary files are stored (deflate gains little on pixels). */
export function isTextPath(path: string): boolean {
  return /\.(txt|html?|xml|csv|json|md)$/i.test(path);
}
