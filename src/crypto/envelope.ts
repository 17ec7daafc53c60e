import { RecordOpenError } from './errors';
import { randomBytes } from './random';

/**
 * The versioned ciphertext envelope in front of every sealed record (the habit of bitwarden's enc-string,
 * as a small binary header):
 *
 *   offset  size  field
 *   0       1     format version (1)
 *   1       1     algorithm (1 = AES-256-GCM, 128-bit tag)
 *   2       8     key id (which data key sealed it; lets a future version rotate keys)
 *   10      12    IV, random per record
 *   22      n+16  ciphertext and GCM tag
 *
 * The additional authenticated data is the header itself followed by the record's identity (table, id,
 * chunk index), so a record cannot be altered, moved to another id, swapped with another chunk, or
 * have its header rewritten without failing authentication.
 */
export const ENVELOPE_VERSION = 1;
export const ALGORITHM_AES_256_GCM = 1;
export const KEY_ID_BYTES = 8;
export const IV_BYTES = 12;
export const HEADER_BYTES = 2 + KEY_ID_BYTES + IV_BYTES;
const TAG_BYTES = 16;

/** Where a sealed record lives; bound into its authentication. */
export interface RecordIdentity {
  readonly table: string;
  readonly id: string;
  readonly chunk?: number;
}

export function describeRecord(identity: RecordIdentity): string {
  return `${identity.table}/${identity.id}${identity.chunk === undefined ? '' : `#${identity.chunk}`}`;
}

const encoder = new TextEncoder();

function additionalData(header: Uint8Array, identity: RecordIdentity): Uint8Array<ArrayBuffer> {
  const id = encoder.encode(`${identity.table}\u0000${identity.id}\u0000${identity.chunk ?? -1}`);
  const aad = new Uint8Array(header.length + id.length);
  aad.set(header, 0);
  aad.set(id, header.length);
  return aad;
}

export async function seal(
  key: CryptoKey,
  keyId: Uint8Array,
  identity: RecordIdentity,
  plaintext: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  if (keyId.length !== KEY_ID_BYTES) throw new Error(`A key id has ${KEY_ID_BYTES} bytes.`);
  const header = new Uint8Array(HEADER_BYTES);
  header[0] = ENVELOPE_VERSION;
  header[1] = ALGORITHM_AES_256_GCM;
  header.set(keyId, 2);
  const iv = randomBytes(IV_BYTES);
  header.set(iv, 2 + KEY_ID_BYTES);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(header, identity) },
    key,
    plaintext as Uint8Array<ArrayBuffer>,
  );
  const out = new Uint8Array(HEADER_BYTES + ciphertext.byteLength);
  out.set(header, 0);
  out.set(new Uint8Array(ciphertext), HEADER_BYTES);
  return out;
}

/** The key id an envelope names, so the keyring can pick the right key (or say none fits). */
export function envelopeKeyId(sealed: Uint8Array): Uint8Array {
  return sealed.subarray(2, 2 + KEY_ID_BYTES);
}

export async function open(
  key: CryptoKey,
  keyId: Uint8Array,
  identity: RecordIdentity,
  sealed: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const name = describeRecord(identity);
  if (sealed.length < HEADER_BYTES + TAG_BYTES) throw new RecordOpenError(name, 'it is truncated.');
  if (sealed[0] !== ENVELOPE_VERSION) {
    throw new RecordOpenError(name, `its envelope version ${sealed[0]} is not one this app knows.`);
  }
  if (sealed[1] !== ALGORITHM_AES_256_GCM) {
    throw new RecordOpenError(name, `its encryption algorithm ${sealed[1]} is not one this app knows.`);
  }
  const sealedKeyId = envelopeKeyId(sealed);
  if (!sealedKeyId.every((b, i) => b === keyId[i])) {
    throw new RecordOpenError(name, 'it was sealed under a different key (it belongs to another vault).');
  }
  const header = sealed.subarray(0, HEADER_BYTES);
  const iv = sealed.slice(2 + KEY_ID_BYTES, HEADER_BYTES);
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(header, identity) },
      key,
      sealed.subarray(HEADER_BYTES) as Uint8Array<ArrayBuffer>,
    );
    return new Uint8Array(plaintext);
  } catch {
    throw new RecordOpenError(
      name,
      'authentication failed — it was altered, moved from another record, or sealed under another key.',
    );
  }
}
