import { randomBytes } from './random';

/**
 * The recovery key: 160 random bits written in Crockford's base32 (no I, L, O or U, so nothing is
 * misread), as 8 groups of 4 characters a person can copy by hand onto paper. 160 bits is far above
 * the 128-bit minimum, so a fast KDF (HKDF) is enough to turn it into a key: unlike a passphrase it
 * cannot be guessed.
 */
export const RECOVERY_KEY_BITS = 160;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUP = 4;

export function generateRecoveryKey(): string {
  return formatRecoveryKey(encodeBase32(randomBytes(RECOVERY_KEY_BITS / 8)));
}

export function formatRecoveryKey(compact: string): string {
  return compact.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? '';
}

export function recoveryKeyGroups(key: string): string[] {
  return formatRecoveryKey(normalizeRecoveryKey(key)).split('-');
}

/** Accepts what a person types: any case, spaces or dashes, and the look-alikes Crockford maps (I/L→1, O→0). */
export function normalizeRecoveryKey(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

/** Why a typed recovery key cannot be right, or null if it has the right shape. */
export function recoveryKeyProblem(typed: string): string | null {
  const key = normalizeRecoveryKey(typed);
  const bad = [...key].filter((c) => !ALPHABET.includes(c));
  if (bad.length > 0)
    return `It contains characters a recovery key never has: ${[...new Set(bad)].join(' ')}.`;
  const expected = RECOVERY_KEY_BITS / 5;
  if (key.length !== expected) return `A recovery key has ${expected} characters; this has ${key.length}.`;
  return null;
}

export function recoveryKeyBytes(typed: string): Uint8Array<ArrayBuffer> {
  const problem = recoveryKeyProblem(typed);
  if (problem) throw new Error(problem);
  return decodeBase32(normalizeRecoveryKey(typed));
}

function encodeBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function decodeBase32(text: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(Math.floor((text.length * 5) / 8));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of text) {
    value = (value << 5) | ALPHABET.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      out[index++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  return out;
}

/** The key-encryption key behind a recovery key. */
export async function deriveKeyFromRecoveryKey(typed: string, salt: Uint8Array): Promise<CryptoKey> {
  const raw = recoveryKeyBytes(typed);
  try {
    const base = await crypto.subtle.importKey('raw', raw, 'HKDF', false, ['deriveKey']);
    return await crypto.subtle.deriveKey(
      {
        name: 'HKDF',
        hash: 'SHA-256',
        salt: salt as Uint8Array<ArrayBuffer>,
        info: new TextEncoder().encode('imaging-vault/recovery-key/v1'),
      },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
  } finally {
    raw.fill(0);
  }
}
