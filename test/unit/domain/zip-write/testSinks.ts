import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A sink that keeps the chunks (test archives are small) and checks it is never called concurrently. */
export function memorySink() {
  const chunks: Uint8Array[] = [];
  let inFlight = 0;
  let overlapped = false;
  return {
    chunks,
    overlapped: () => overlapped,
    sink: async (chunk: Uint8Array) => {
      inFlight++;
      if (inFlight > 1) overlapped = true;
      await Promise.resolve();
      chunks.push(chunk);
      inFlight--;
    },
    bytes: () => Buffer.concat(chunks),
  };
}

/** A temporary folder removed after the file's tests. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function saveArchive(dir: string, name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

export async function* inChunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

/** Deterministic pseudo-random bytes (a 32-bit LCG): incompressible enough to exercise stored and deflated paths. */
export function noise(length: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}
