/**
 * Why a path named by a manifest, fetch.txt, a checksum list or a ZIP entry must never be opened, or
 * undefined when it stays inside the package. Windows forms (backslash, drive letter, UNC, %VAR%) are
 * refused on every platform: a browser cannot know where the package will later be unpacked, and RFC 8493
 * section 6 asks for exactly this caution. That is why the suite's windows-only bags fail here too.
 */
export function unsafePathReason(path: string): string | undefined {
  if (path === '') return 'the path is empty';
  if (path.includes('\0')) return 'the path contains a NUL character';
  if (path.startsWith('/')) return 'it is an absolute path';
  if (path.includes('\\')) return 'it contains a backslash (a Windows separator, UNC or drive path)';
  if (/^[A-Za-z]:/.test(path)) return 'it starts with a drive letter';
  if (path.startsWith('~')) return 'it starts with "~", a home-directory shortcut';
  const depth = path
    .split('/')
    .reduce((d, part) => (d < 0 ? d : part === '..' ? d - 1 : part === '' || part === '.' ? d : d + 1), 0);
  if (depth < 0) return 'it climbs out of the package with ".."';
  return undefined;
}

/**
 * The canonical form of a safe relative path: no "./" segments, no empty segments, "a/../b" resolved.
 * Manifests written by md5sum-style tools often say "./data/x".
 */
export function canonicalPath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/**
 * Manifest and fetch.txt paths percent-encode what would break a line: RFC 8493 (1.0) encodes CR, LF
 * and "%" itself as %0D %0A %25; the drafts only CR and LF, so in a 0.97 bag "%7E" is a literal name
 * (the suite's bag-with-encoded-names has files really called "%7Edir2").
 */
export function decodeListedPath(raw: string, version10: boolean): { path: string; strayPercent: boolean } {
  const table: Record<string, string> = { '%0a': '\n', '%0d': '\r', '%25': '%' };
  const pattern = version10 ? /%(?:0[AaDd]|25)/g : /%0[AaDd]/g;
  const strayPercent = version10 && /%(?!0[AaDd]|25)/.test(raw);
  return { path: raw.replace(pattern, (m) => table[m.toLowerCase()] ?? m), strayPercent };
}

/** Files that operating systems drop into folders behind the user's back. */
export function isSystemJunk(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return (
    ['.DS_Store', 'Thumbs.db', 'desktop.ini', 'ehthumbs.db', '.Spotlight-V100', '.Trashes'].includes(name) ||
    name.startsWith('._') ||
    path.split('/').includes('__MACOSX')
  );
}
