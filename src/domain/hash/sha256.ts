import { toHex } from '../bytes/hex';

const encoder = new TextEncoder();

/** SHA-256 of bytes in memory, by WebCrypto's one-shot digest (the fastest here: see limits.ts). */
export async function sha256Bytes(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/** The lower-case hex SHA-256 of bytes in memory: the form checksum files and content addresses use. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(await sha256Bytes(bytes));
}

/** The hex SHA-256 of a text's UTF-8 bytes. */
export async function sha256HexOfText(text: string): Promise<string> {
  return sha256Hex(encoder.encode(text));
}
