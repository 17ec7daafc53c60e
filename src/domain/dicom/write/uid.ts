/**
 * A new UID under the 2.25 root (PS3.5 B.2): a 128-bit random number written in decimal, so no organisation
 * root is needed and collisions are as unlikely as for a random UUID. At most 44 characters.
 */
export function generateUid(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let value = 0n;
  for (const b of bytes) value = (value << 8n) | BigInt(b);
  return `2.25.${value.toString()}`;
}

const UID_PATTERN = /^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*$/;

/** True when `uid` follows PS3.5 9.1: digits and dots, no leading zeros, at most 64 characters. */
export function isValidUid(uid: string): boolean {
  return uid.length > 0 && uid.length <= 64 && UID_PATTERN.test(uid);
}
