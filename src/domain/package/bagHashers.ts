import { createMD5, createSHA256, type IHasher } from 'hash-wasm';

/** SHA-256 and MD5 of one file at a time, fed the same chunks that go to the package. */
export interface BagHashers {
  start(): void;
  update(chunk: Uint8Array): void;
  /** Digests of everything since start(), lower-case hex. */
  result(): { sha256: string; md5: string };
}

/** One pair of WebAssembly hashers reused for every file: creating 65,000 pairs would be needlessly slow. */
export async function createBagHashers(): Promise<BagHashers> {
  const [sha256, md5]: IHasher[] = await Promise.all([createSHA256(), createMD5()]);
  const both = [sha256!, md5!];
  return {
    start: () => both.forEach((h) => h.init()),
    update: (chunk) => both.forEach((h) => h.update(chunk)),
    result: () => ({ sha256: sha256!.digest('hex'), md5: md5!.digest('hex') }),
  };
}
