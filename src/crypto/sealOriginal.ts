import { contentAddress, keysForWorker, sealJson, sealRecord } from './keyring';

/**
 * Originals are stored in sealed chunks of 4 MiB: ../shared/STACK.md measured 1–4 MiB records as the
 * fastest to write and read in Chromium's IndexedDB, a single huge value cannot be stored at all, and
 * most DICOM files (< 4 MiB) then take exactly one record.
 */
export const SEALED_CHUNK_BYTES = 4 * 1024 * 1024;

/** What the vault knows about a stored original, sealed in its row. */
export interface OriginalInfo {
  readonly size: number;
  readonly sha256: string;
  readonly chunkCount: number;
}

/** Format version of the sealed OriginalInfo payload (storage/payloads.ts reads it). */
export const ORIGINAL_INFO_VERSION = 1;

export interface SealedOriginal {
  readonly address: string;
  readonly original: { readonly address: string; readonly sealed: Uint8Array };
  readonly chunks: readonly {
    readonly address: string;
    readonly index: number;
    readonly sealed: Uint8Array;
  }[];
}

export const originalInfoIdentity = (address: string) => ({ table: 'originals', id: address });
export const chunkIdentity = (address: string, index: number) => ({
  table: 'chunks',
  id: address,
  chunk: index,
});

/**
 * Seals an original file's bytes, exactly as read, in SEALED_CHUNK_BYTES chunks, each bound to its address and
 * place. Nothing is written: the caller writes it with its catalog rows in one transaction (and no
 * WebCrypto may run inside a Dexie transaction). Runs in import workers as well as the page.
 */
export async function sealOriginal(bytes: Uint8Array, sha256Hex: string): Promise<SealedOriginal> {
  const address = await contentAddress(sha256Hex);
  const chunkCount = Math.max(1, Math.ceil(bytes.length / SEALED_CHUNK_BYTES));
  const chunks: SealedOriginal['chunks'][number][] = [];
  for (let index = 0; index < chunkCount; index++) {
    const part = bytes.subarray(index * SEALED_CHUNK_BYTES, (index + 1) * SEALED_CHUNK_BYTES);
    chunks.push({ address, index, sealed: await sealRecord(chunkIdentity(address, index), part) });
  }
  const info: OriginalInfo = { size: bytes.length, sha256: sha256Hex.toLowerCase(), chunkCount };
  const sealed = await sealJson(originalInfoIdentity(address), { v: ORIGINAL_INFO_VERSION, data: info });
  return { address, original: { address, sealed }, chunks };
}

/** The buffers of a sealed original, to transfer (not copy) it from a worker. */
export function sealedOriginalBuffers(sealed: SealedOriginal): ArrayBuffer[] {
  return [sealed.original.sealed, ...sealed.chunks.map((c) => c.sealed)].map((b) => b.buffer as ArrayBuffer);
}

export { keysForWorker };
