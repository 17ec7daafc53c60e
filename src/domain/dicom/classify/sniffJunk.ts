import type { JunkCategory } from './junkKinds';

export interface JunkGuess {
  readonly category: JunkCategory;
  /** What the file is, for a details list: "Windows program or library", "JPEG image". */
  readonly format: string;
}

/** The format a ZIP file is skipped as: the import opens such a file (when picked itself) instead. */
export const ZIP_ARCHIVE = 'ZIP archive';

const guess = (category: JunkCategory, format: string): JunkGuess => ({ category, format });

function startsWith(head: Uint8Array, signature: readonly number[] | string, at = 0): boolean {
  const bytes = typeof signature === 'string' ? [...signature].map((c) => c.charCodeAt(0)) : signature;
  if (head.length < at + bytes.length) return false;
  return bytes.every((b, i) => head[at + i] === b);
}

function extension(name: string): string {
  const base = name.toLowerCase();
  if (base.endsWith('.nii.gz')) return 'nii.gz';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).replace(/;\d+$/, '') : '';
}

/** Recognises a file by its first bytes (magic numbers); the name only refines the answer. */
export function sniffMagic(name: string, size: number, head: Uint8Array): JunkGuess | undefined {
  const ext = extension(name);
  if (startsWith(head, 'MZ')) return guess('viewer-program', 'Windows program or library');
  if (startsWith(head, [0x7f, 0x45, 0x4c, 0x46])) return guess('viewer-program', 'Linux program or library');
  const macho = [
    [0xfe, 0xed, 0xfa, 0xce],
    [0xfe, 0xed, 0xfa, 0xcf],
    [0xce, 0xfa, 0xed, 0xfe],
    [0xcf, 0xfa, 0xed, 0xfe],
    [0xca, 0xfe, 0xba, 0xbe],
  ];
  if (macho.some((m) => startsWith(head, m))) return guess('viewer-program', 'macOS or Java program');
  if (startsWith(head, 'MSCF')) return guess('viewer-program', 'Windows cabinet (installer)');
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (name.toLowerCase().endsWith('thumbs.db')) return guess('system', 'Windows thumbnail cache');
    if (ext === 'msi') return guess('viewer-program', 'Windows installer');
    return guess('document', 'Microsoft Office document');
  }
  if (startsWith(head, '%PDF')) return guess('document', 'PDF document');
  if (startsWith(head, '{\\rtf')) return guess('document', 'RTF document');
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47])) return guess('image-preview', 'PNG image');
  if (startsWith(head, [0xff, 0xd8, 0xff])) return guess('image-preview', 'JPEG image');
  if (startsWith(head, 'GIF8')) return guess('image-preview', 'GIF image');
  if (startsWith(head, 'BM') && head.length >= 6 && readUint32LE(head, 2) === size) {
    return guess('image-preview', 'BMP image');
  }
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) {
    return guess('image-preview', 'TIFF image');
  }
  if (startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8)) return guess('image-preview', 'WebP image');
  if (startsWith(head, [0, 0, 1, 0]) && ext === 'ico') return guess('viewer-web', 'icon');
  if (isNifti(head)) return guess('nifti', 'NIfTI volume');
  if (startsWith(head, [0x1f, 0x8b])) {
    if (ext === 'nii.gz') return guess('nifti', 'NIfTI volume (gzip-compressed)');
    return guess('archive', 'gzip-compressed file');
  }
  if (startsWith(head, 'PK') && [0x0304, 0x0506, 0x0708].includes(((head[2] ?? 0) << 8) | (head[3] ?? 0))) {
    if (ext === 'jar') return guess('viewer-program', 'Java program (JAR)');
    if (['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp'].includes(ext))
      return guess('document', 'office document');
    return guess('archive', ZIP_ARCHIVE);
  }
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return guess('archive', '7-Zip archive');
  if (startsWith(head, 'Rar!')) return guess('archive', 'RAR archive');
  if (startsWith(head, 'BZh')) return guess('archive', 'bzip2-compressed file');
  if (startsWith(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return guess('archive', 'xz-compressed file');
  if (startsWith(head, 'Bud1', 4)) return guess('system', 'macOS folder settings (.DS_Store)');
  if (startsWith(head, 'SQLite format 3')) return guess('data', 'SQLite database');
  if (startsWith(head, 'wOFF') || startsWith(head, 'wOF2') || startsWith(head, 'OTTO')) {
    return guess('viewer-web', 'web font');
  }
  if (startsWith(head, [0, 1, 0, 0, 0]) && ['ttf', 'otf'].includes(ext)) return guess('viewer-web', 'font');
  return undefined;
}

/** NIfTI-1 (header size 348 and "n+1"/"ni1" at 344) or NIfTI-2 (540 and "n+2"/"ni2" at 4), either byte order. */
function isNifti(head: Uint8Array): boolean {
  const size = head.length >= 4 ? readUint32LE(head, 0) : 0;
  const swapped =
    head.length >= 4 ? ((size & 0xff) << 24) | ((size & 0xff00) << 8) | ((size >>> 8) & 0xff00) : 0;
  if (
    (size === 348 || swapped === 348) &&
    (startsWith(head, 'n+1\0', 344) || startsWith(head, 'ni1\0', 344))
  ) {
    return true;
  }
  return (size === 540 || swapped === 540) && (startsWith(head, 'n+2\0', 4) || startsWith(head, 'ni2\0', 4));
}

function readUint32LE(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at] ?? 0) |
      ((bytes[at + 1] ?? 0) << 8) |
      ((bytes[at + 2] ?? 0) << 16) |
      ((bytes[at + 3] ?? 0) << 24)) >>>
    0
  );
}

const PROGRAM_EXTENSIONS = new Set(
  'exe dll ocx sys so dylib msi bat cmd com scr jar class app cpl drv vxd lib pyd'.split(' '),
);
const WEB_EXTENSIONS = new Set('html htm xhtml js mjs css svg map woff woff2 ttf otf eot ico swf'.split(' '));
const IMAGE_EXTENSIONS = new Set('jpg jpeg png gif bmp tif tiff webp'.split(' '));
const SYSTEM_NAMES = new Set(['thumbs.db', '.ds_store', 'desktop.ini', 'ehthumbs.db']);

/** Recognises a file by its name alone: what disc authoring tools and operating systems leave behind. */
export function sniffName(path: string): JunkGuess | undefined {
  const lower = path.toLowerCase().replace(/\\/g, '/');
  const base = lower.slice(lower.lastIndexOf('/') + 1).replace(/;\d+$/, '');
  const ext = extension(base);
  if (SYSTEM_NAMES.has(base) || base.startsWith('._') || lower.includes('__macosx/')) {
    return guess('system', 'operating-system file');
  }
  if (base === 'autorun.inf' || ext === 'inf' || ext === 'ini' || ext === 'cfg') {
    return guess('autorun', 'disc autorun or settings file');
  }
  if (PROGRAM_EXTENSIONS.has(ext)) return guess('viewer-program', `program file (.${ext})`);
  if (ext === 'nii' || ext === 'nii.gz') return guess('nifti', 'NIfTI volume');
  return undefined;
}

/** Recognises text by content and name: HTML/JS/CSS of a web viewer, JSON or XML data, plain text. */
export function sniffText(path: string, head: Uint8Array): JunkGuess | undefined {
  if (!looksLikeText(head)) return undefined;
  const ext = extension(path);
  const start = new TextDecoder('utf-8')
    .decode(head.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  const lowerStart = start.slice(0, 64).toLowerCase();
  if (WEB_EXTENSIONS.has(ext) || lowerStart.startsWith('<!doctype html') || lowerStart.startsWith('<html')) {
    return guess('viewer-web', 'web page, script or style');
  }
  if (ext === 'json' || start.startsWith('{') || start.startsWith('[')) return guess('data', 'JSON data');
  if (ext === 'xml' || ext === 'xsl' || start.startsWith('<?xml') || start.startsWith('<')) {
    return guess('data', 'XML data');
  }
  if (IMAGE_EXTENSIONS.has(ext)) return undefined;
  return guess('text', 'text file');
}

/** No NUL bytes and almost no control characters: text in any ASCII-compatible encoding. */
function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control <= head.length / 100;
}
