import { contentAddress, openRecord, sealRecord } from '../crypto/keyring';
import { vaultDatabase } from './db';
import { openPayload, payloadKind, sealPayload } from './payloads';
import { CHUNK_BYTES, type ChunkRow, type OriginalRow } from './schema';

/** What the vault knows about a stored original, sealed in its row. */
export interface OriginalInfo {
  readonly size: number;
  readonly sha256: string;
  readonly chunkCount: number;
}

const originalInfo = payloadKind<OriginalInfo>('original file');
const infoIdentity = (address: string) => ({ table: 'originals', id: address });
const chunkIdentity = (address: string, index: number) => ({ table: 'chunks', id: address, chunk: index });

export interface SealedOriginal {
  readonly address: string;
  readonly original: OriginalRow;
  readonly chunks: readonly ChunkRow[];
}

/**
 * Seals an original file's bytes, exactly as read, in CHUNK_BYTES chunks, each bound to its address and
 * place; nothing is written yet, so the caller can write it together with its catalog rows in one
 * transaction (no WebCrypto inside a Dexie transaction).
 */
export async function sealOriginal(bytes: Uint8Array, sha256Hex: string): Promise<SealedOriginal> {
  const address = await contentAddress(sha256Hex);
  const chunkCount = Math.max(1, Math.ceil(bytes.length / CHUNK_BYTES));
  const chunks: ChunkRow[] = [];
  for (let index = 0; index < chunkCount; index++) {
    const part = bytes.subarray(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES);
    chunks.push({ address, index, sealed: await sealRecord(chunkIdentity(address, index), part) });
  }
  const info: OriginalInfo = { size: bytes.length, sha256: sha256Hex.toLowerCase(), chunkCount };
  const original = { address, sealed: await sealPayload(originalInfo, infoIdentity(address), info) };
  return { address, original, chunks };
}

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
