/*
 * Types for the codec packages, which ship none (jpeg-lossless-decoder-js's `types` points at a missing
 * file). Only what src/domain/pixels/codecs uses is declared. The Emscripten factories take Module options
 * (locateFile tells them where their .wasm is served) and resolve to a module holding the embind classes.
 */

declare module '@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs' {
  import type { CodecFactory, EmbindDecoder } from '@imaging-vault/codec-types';
  export interface LibJpegTurboModule {
    JPEGDecoder: new () => EmbindDecoder;
  }
  const factory: CodecFactory<LibJpegTurboModule>;
  export default factory;
}

declare module '@cornerstonejs/codec-charls/decodewasmjs' {
  import type { CodecFactory, EmbindDecoder } from '@imaging-vault/codec-types';
  export interface CharLsDecoder extends EmbindDecoder {
    getNearLossless(): number;
    /** 0 none (component by component), 1 line, 2 sample. */
    getInterleaveMode(): number;
  }
  export interface CharLsModule {
    JpegLSDecoder: new () => CharLsDecoder;
  }
  const factory: CodecFactory<CharLsModule>;
  export default factory;
}

declare module '@cornerstonejs/codec-openjpeg/decodewasmjs' {
  import type { CodecFactory, EmbindDecoder } from '@imaging-vault/codec-types';
  export interface OpenJpegDecoder extends EmbindDecoder {
    getIsReversible(): boolean;
    getColorSpace(): number;
  }
  export interface OpenJpegModule {
    J2KDecoder: new () => OpenJpegDecoder;
  }
  const factory: CodecFactory<OpenJpegModule>;
  export default factory;
}

declare module '@cornerstonejs/codec-openjph/wasmjs' {
  import type { CodecFactory, EmbindDecoder } from '@imaging-vault/codec-types';
  export interface OpenJphDecoder extends EmbindDecoder {
    getIsReversible(): boolean;
    getLastErrorMessage?(): string;
  }
  export interface OpenJphModule {
    HTJ2KDecoder: new () => OpenJphDecoder;
  }
  const factory: CodecFactory<OpenJphModule>;
  export default factory;
}

/** The full (encoder + decoder) builds, used only by tests to make codestreams. */
declare module '@cornerstonejs/codec-charls/wasmjs' {
  const factory: (options?: object) => Promise<unknown>;
  export default factory;
}
declare module '@cornerstonejs/codec-openjpeg/wasmjs' {
  const factory: (options?: object) => Promise<unknown>;
  export default factory;
}

declare module 'jpeg-lossless-decoder-js' {
  export class Decoder {
    /** numBytes: bytes per output sample (1 or 2); the output is Uint8Array or Uint16Array accordingly. */
    decode(
      buffer: ArrayBuffer,
      offset?: number,
      length?: number,
      numBytes?: number,
    ): Uint8Array | Uint16Array;
  }
}

/** Shared shapes of the Emscripten/embind codecs (a name no package uses, so it cannot clash). */
declare module '@imaging-vault/codec-types' {
  export interface FrameInfo {
    width: number;
    height: number;
    bitsPerSample: number;
    componentCount: number;
    isSigned?: boolean;
  }
  export interface EmbindDecoder {
    /** A view of `length` bytes in the codec's heap to copy the encoded frame into. */
    getEncodedBuffer(length: number): Uint8Array;
    decode(): void;
    getFrameInfo(): FrameInfo;
    /** A view into the codec's heap: copy it before the next call. */
    getDecodedBuffer(): Uint8Array;
    /** Frees the embind object; it is not garbage-collected. */
    delete(): void;
  }
  export interface ModuleOptions {
    locateFile?: (path: string, prefix: string) => string;
    /** Emscripten's stdout/stderr; OpenJPEG writes an [INFO] line per frame there. */
    print?: (text: string) => void;
    printErr?: (text: string) => void;
  }
  export type CodecFactory<M> = (options?: ModuleOptions) => Promise<M>;
}

/** cornerstone's JavaScript JPEG (DCT) decoder, which handles 12-bit samples (vite.config.ts aliases it). */
declare module 'cornerstone-jpeg-12bit' {
  export default class JpegImage {
    colorTransform: boolean;
    parse(data: Uint8Array): void;
    getData16(width: number, height: number): Uint16Array;
  }
}
