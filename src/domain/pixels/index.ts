export { decodeFrame, openPixelSource, type PixelSource } from './decodeFrame';
export { createDecodeSession, type DecodeRequest, type DecodedFrameMessage } from './decodeSession';
export { setCodecWasmUrls, type CodecWasmUrls } from './codecs/wasmModules';
export { readDisplayAttributes, type DisplayAttributes } from './dataset/displayAttributes';
export { transferSyntaxOf, STORED_INTACT, type TransferSyntax } from './transferSyntax';
export type { DecodedFrame, ImageInfo, PixelArray, PixelError, PixelErrorCode, Result } from './types';
export * from './pipeline';
