import { COMMON_PASSWORDS } from './commonPasswords';

export type StrengthLevel = 0 | 1 | 2 | 3 | 4;

export interface StrengthEstimate {
  readonly level: StrengthLevel;
  /** log2 of the guesses an informed attacker needs; a deliberately rough, conservative figure. */
  readonly bits: number;
  /** Concrete problems found, as message keys' parameters for the UI. */
  readonly warnings: readonly StrengthWarning[];
}

export type StrengthWarning = 'short' | 'common' | 'repeated' | 'sequence' | 'date' | 'single-class';

/**
 * An honest, conservative estimate of how hard a passphrase is to guess (hand-written: zxcvbn would do
 * this better but is not among the project's chosen packages). It models an attacker who tries common
 * passwords, dictionary words, dates, repeats and keyboard sequences first. Words separated by spaces
 * or dashes count as words from a ~2,000-word everyday vocabulary (11 bits each), not as random
 * letters: people choose words, not characters, and counting letters would flatter them.
 */
export function estimateStrength(passphrase: string): StrengthEstimate {
  const text = passphrase.normalize('NFC');
  const warnings: StrengthWarning[] = [];
  if (text.length === 0) return { level: 0, bits: 0, warnings: ['short'] };

  const lower = text.toLowerCase();
  const words = lower.split(/[\s\-_.,;:+]+/).filter((w) => w.length > 0);
  let bits: number;
  if (words.length >= 3) {
    bits = words.reduce((sum, word) => sum + wordBits(word), 0);
  } else {
    bits = characterBits(text);
  }

  if (COMMON_PASSWORDS.has(lower.replace(/[^a-z0-9]/g, '')) || words.every((w) => COMMON_PASSWORDS.has(w))) {
    warnings.push('common');
    bits = Math.min(bits, 10);
  }
  if (/(.)\1{2,}/.test(text)) {
    warnings.push('repeated');
    bits -= 6;
  }
  if (hasSequence(lower)) {
    warnings.push('sequence');
    bits -= 8;
  }
  if (/(19|20)\d\d/.test(text)) {
    warnings.push('date');
    bits -= 6;
  }
  if (words.length < 3 && characterClasses(text) === 1) warnings.push('single-class');
  if (text.length < 12) warnings.push('short');

  bits = Math.max(0, Math.round(bits));
  const level: StrengthLevel = bits < 28 ? 0 : bits < 40 ? 1 : bits < 52 ? 2 : bits < 64 ? 3 : 4;
  return { level, bits, warnings };
}

function wordBits(word: string): number {
  if (COMMON_PASSWORDS.has(word)) return 4;
  if (/^\d+$/.test(word)) return Math.min(word.length * 3.3, 14);
  // An everyday word: ~11 bits; a long or unusual one a little more, never as much as random letters.
  return Math.min(11 + Math.max(0, word.length - 7), 16);
}

function characterClasses(text: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((r) => r.test(text)).length;
}

function characterBits(text: string): number {
  const pool =
    (/[a-z]/.test(text) ? 26 : 0) +
    (/[A-Z]/.test(text) ? 26 : 0) +
    (/[0-9]/.test(text) ? 10 : 0) +
    (/[^a-zA-Z0-9]/.test(text) ? 33 : 0);
  // People put capitals first and digits last; charge such patterns less than random characters.
  const perChar = Math.log2(Math.max(pool, 2)) * 0.75;
  return text.length * perChar;
}

const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function hasSequence(lower: string): boolean {
  for (let i = 0; i + 4 <= lower.length; i++) {
    const run = lower.slice(i, i + 4);
    const reversed = [...run].reverse().join('');
    if (SEQUENCES.some((s) => s.includes(run) || s.includes(reversed))) return true;
  }
  return false;
}
