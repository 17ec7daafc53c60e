import type { PackageFiles } from './packageFiles';

/**
 * What the package fingerprint is the SHA-256 of, as the sender's screen and share log name it: the ZIP
 * file itself, or, for a folder, its tagmanifest-sha256.txt (which pins every manifest and so every file).
 */
export function fingerprintSource(
  pkg: PackageFiles,
): { readonly blob: Blob; readonly of: 'zip' | 'tagmanifest' } | undefined {
  if (pkg.zip) return { blob: pkg.zip, of: 'zip' };
  const tagManifest = pkg.files.find((f) => f.path === 'tagmanifest-sha256.txt');
  if (tagManifest?.source.kind !== 'file') return undefined;
  return { blob: tagManifest.source.file, of: 'tagmanifest' };
}
