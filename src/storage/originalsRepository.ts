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

/** The original's bytes, exactly as imported; every chunk is authenticated on the way out. */
export async function readOriginal(address: string): Promise<Uint8Array> {
  const info = await readOriginalInfo(address);
  if (!info) throw new Error(`No stored original has the address ${address}.`);
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
