import { ZipWriterError } from './zipErrors';

const encoder = new TextEncoder();

/**
 * The UTF-8 bytes of an entry name, after refusing names that would unpack outside the target folder or
 * differently on Windows (APPNOTE 4.4.17: relative, forward slashes only).
 */
export function encodeEntryName(name: string): Uint8Array {
  const problem = nameProblem(name);
  if (problem) throw new ZipWriterError(`Invalid ZIP entry name "${name}": ${problem}`);
  const bytes = encoder.encode(name);
  if (bytes.length > 0xffff)
    throw new ZipWriterError(`Invalid ZIP entry name "${name.slice(0, 60)}…": too long`);
  return bytes;
}

function nameProblem(name: string): string | undefined {
  if (name.length === 0) return 'empty';
  if (name.includes('\\')) return 'contains a backslash';
  if (name.startsWith('/')) return 'absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'drive letter';
  // A trailing slash would make a directory entry; this writer writes files only.
  const parts = name.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return 'empty, "." or ".." path segment';
  // Lone surrogates cannot be encoded as UTF-8 and would be silently replaced.
  if (!name.isWellFormed()) return 'not valid Unicode';
  if (/\p{Cc}/u.test(name)) return 'contains a control character';
  return undefined;
}
