import type { ModuleOptions } from '@imaging-vault/codec-types';
import type { CharLsModule } from '@cornerstonejs/codec-charls/decodewasmjs';
import type { LibJpegTurboModule } from '@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs';
import type { OpenJpegModule } from '@cornerstonejs/codec-openjpeg/decodewasmjs';
import type { OpenJphModule } from '@cornerstonejs/codec-openjph/wasmjs';

/**
 * Where each codec's .wasm is served. The worker passes the URLs Vite gives its `?url` imports, so the
 * files are bundled, precached and never fetched from another origin. Left empty (Node tests), the
 * Emscripten loader finds the .wasm beside its script on disk.
 */
export interface CodecWasmUrls {
  readonly libjpegTurbo?: string;
  readonly charls?: string;
  readonly openjpeg?: string;
  readonly openjph?: string;
}

let wasmUrls: CodecWasmUrls = {};

export function setCodecWasmUrls(urls: CodecWasmUrls): void {
  wasmUrls = { ...urls };
}

/** Codec chatter on stdout/stderr is dropped: failures come back as exceptions from decode(). */
const quiet = (): void => {};

function options(url: string | undefined): ModuleOptions {
  const base: ModuleOptions = { print: quiet, printErr: quiet };
  return url ? { ...base, locateFile: (path) => (path.endsWith('.wasm') ? url : path) } : base;
}

/** Loads once, lazily; a failed load is forgotten so a later frame can try again. */
function lazy<M>(load: () => Promise<M>): () => Promise<M> {
  let pending: Promise<M> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

export const loadLibJpegTurbo = lazy<LibJpegTurboModule>(async () =>
  (await import('@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs')).default(
    options(wasmUrls.libjpegTurbo),
  ),
);
export const loadCharLs = lazy<CharLsModule>(async () =>
  (await import('@cornerstonejs/codec-charls/decodewasmjs')).default(options(wasmUrls.charls)),
);
export const loadOpenJpeg = lazy<OpenJpegModule>(async () =>
  (await import('@cornerstonejs/codec-openjpeg/decodewasmjs')).default(options(wasmUrls.openjpeg)),
);
export const loadOpenJph = lazy<OpenJphModule>(async () =>
  (await import('@cornerstonejs/codec-openjph/wasmjs')).default(options(wasmUrls.openjph)),
);
