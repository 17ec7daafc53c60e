import { sha256Hex } from '../hash/sha256';
import { concatBytes } from '../bytes/concatBytes';
import { createMD5, createSHA256, type IHasher } from 'hash-wasm';

/** SHA-256 and MD5 of one file at a time, fed the same chunks that go to the package. */
export interface BagHashers {
  start(): void;
  update(chunk: Uint8Array): void;
  /** Digests of everything since start(), lower-case hex. */
  result(): Promise<{ sha256: string; md5: string }>;
}

/**
 * Up to this many bytes a file's SHA-256 is taken one-shot with WebCrypto over the chunks it was fed,
 * which are in memory anyway (the package worker holds each original whole): ../shared/STACK.md measured
 * 376 MiB/s for that against 110 for streaming hash-wasm. Larger files stream, so memory stays bounded.
 */
export const ONE_SHOT_BYTES = 64 * 1024 * 1024;

/** One pair of WebAssembly hashers reused for every file: creating 65,000 pairs would be needlessly slow. */
export async function createBagHashers(): Promise<BagHashers> {
  const [sha256, md5] = (await Promise.all([createSHA256(), createMD5()])) as [IHasher, IHasher];
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  let streaming = false;
  return {
    start() {
      sha256.init();
      md5.init();
      held = [];
      heldBytes = 0;
      streaming = false;
    },
    update(chunk) {
      md5.update(chunk);
      if (streaming) {
        sha256.update(chunk);
        return;
      }
      held.push(chunk);
      heldBytes += chunk.length;
      if (heldBytes > ONE_SHOT_BYTES) {
        for (const part of held) sha256.update(part);
        held = [];
        streaming = true;
      }
    },
    async result() {
      let sha: string;
      if (streaming) sha = sha256.digest('hex');
      else {
        const whole = held.length === 1 ? (held[0] as Uint8Array) : concatBytes(held);
        sha = await sha256Hex(whole);
      }
      held = [];
      return { sha256: sha, md5: md5.digest('hex') };
    },
  };
}
