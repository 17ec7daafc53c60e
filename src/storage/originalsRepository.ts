import { openRecord } from '../crypto/keyring';
import {
  chunkIdentity,
  ORIGINAL_INFO_VERSION,
  originalInfoIdentity as infoIdentity,
  sealOriginal,
  type OriginalInfo,
} from '../crypto/sealOriginal';
import { vaultDatabase } from './db';
import { openPayload, payloadKind } from './payloads';

export type { OriginalInfo, SealedOriginal } from '../crypto/sealOriginal';
export { sealOriginal };

const originalInfo = payloadKind<OriginalInfo>('original file', ORIGINAL_INFO_VERSION);

/** Stores one original unless the vault already holds these bytes; returns its address. */
export async function storeOriginal(
  bytes: Uint8Array,
  sha256Hex: string,
): Promise<{ address: string; added: boolean }> {
  const sealed = await sealOriginal(bytes, sha256Hex);
  const db = vaultDatabase();
  const added = await db.transaction('rw', db.originals, db.chunks, async () => {
    if (await db.originals.get(sealed.address)) return false;
    await db.chunks.bulkPut([...sealed.chunks]);
    await db.originals.put(sealed.original);
    return true;
  });
  return { address: sealed.address, added };
}

export async function readOriginalInfo(address: string): Promise<OriginalInfo | null> {
  const row = await vaultDatabase().originals.get(address);
  return row ? openPayload(originalInfo, infoIdentity(address), row.sealed) : null;
}

/** The stored original's SHA-256 is not the one the instance pointing at it was imported with. */
export class OriginalMismatchError extends Error {
  override readonly name = 'OriginalMismatchError';
  constructor(
    readonly address: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(
      `The stored original ${address} has SHA-256 ${actual}, not the ${expected} its image was imported with: it is another file.`,
    );
  }
}

/**
 * The original's bytes, exactly as imported; every chunk is authenticated on the way out. With
 * `expectedSha256` (the SHA-256 sealed in the instance that points here), the original's own sealed
 * SHA-256 must match, so an image never shows another file's pixels.
 */
export async function readOriginal(address: string, expectedSha256?: string): Promise<Uint8Array> {
  const info = await readOriginalInfo(address);
  if (!info) throw new Error(`No stored original has the address ${address}.`);
  if (expectedSha256 !== undefined && expectedSha256.toLowerCase() !== info.sha256) {
    throw new OriginalMismatchError(address, expectedSha256.toLowerCase(), info.sha256);
  }
  const rows = await vaultDatabase().chunks.where('address').equals(address).sortBy('index');
  if (rows.length !== info.chunkCount) {
    throw new Error(`The stored original ${address} has ${rows.length} of its ${info.chunkCount} chunks.`);
  }
  const out = new Uint8Array(info.size);
  let offset = 0;
  for (const row of rows) {
    const part = await openRecord(chunkIdentity(address, row.index), row.sealed);
    out.set(part, offset);
    offset += part.length;
  }
  if (offset !== info.size)
    throw new Error(`The stored original ${address} has ${offset} bytes, not ${info.size}.`);
  return out;
}

/** Every stored original's address (the fixity check reads them all, referenced or not). */
export async function listOriginalAddresses(): Promise<string[]> {
  return (await vaultDatabase().originals.toCollection().primaryKeys()) as string[];
}
