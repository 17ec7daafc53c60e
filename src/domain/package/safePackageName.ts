export interface SafeNameOptions {
  /** Longest name returned, extension included (default 80: well inside every filesystem's limit). */
  readonly maxLength?: number;
  /** Stem used when nothing of the name survives (default "unnamed"). */
  readonly fallback?: string;
}

/** Letters that Unicode decomposition does not reduce to ASCII. */
const TRANSLITERATION: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ł: 'l',
  Ł: 'L',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
  ŋ: 'ng',
  Ŋ: 'NG',
  ħ: 'h',
  Ħ: 'H',
};

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/**
 * Maps any name (a person's, a document's, a series description) to a file or folder name that is ASCII
 * letters, digits, '.', '_' and '-' only, safe on Windows, macOS and Linux, in shells (no leading '-')
 * and in manifests. Accents are dropped (Müller → Muller); when letters that have no ASCII form are lost
 * (山田), a short hash of the original keeps different names apart. With `taken` (lower-cased names
 * already used in the same folder, updated here), a case-insensitive collision gets "-2", "-3"...
 */
export function safePackageName(name: string, taken?: Set<string>, options: SafeNameOptions = {}): string {
  const maxLength = Math.max(options.maxLength ?? 80, 16);
  const folded = [...name.normalize('NFKD').replace(/\p{M}/gu, '')]
    .map((ch) => TRANSLITERATION[ch] ?? ch)
    .join('');
  const lostLetters = /[\p{L}\p{N}]/u.test(folded.replace(/[A-Za-z0-9]/g, ''));
  const ascii = folded
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/_{2,}/g, '_')
    .replace(/^[._-]+|[._\s-]+$/g, '');
  const dot = ascii.lastIndexOf('.');
  const hasExtension = dot > 0 && /^[A-Za-z0-9]{1,8}$/.test(ascii.slice(dot + 1));
  const extension = hasExtension ? ascii.slice(dot) : '';
  let stem = (hasExtension ? ascii.slice(0, dot) : ascii).replace(/[._-]+$/, '');
  if (lostLetters) stem = `${stem || options.fallback || 'unnamed'}-${shortHash(name)}`;
  if (!stem) stem = options.fallback ?? 'unnamed';
  stem = stem.slice(0, maxLength - extension.length - 4).replace(/[._-]+$/, '') || 'unnamed';
  if (WINDOWS_RESERVED.test(stem)) stem += '_';
  let candidate = stem + extension;
  for (let n = 2; taken?.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${extension}`;
  taken?.add(candidate.toLowerCase());
  return candidate;
}

/** FNV-1a over the UTF-16 code units: stable, tiny, and only used to tell names apart, not to secure anything. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}
