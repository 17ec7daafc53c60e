export { decodeCompressedFrame, hasDecoder, type CompressedFrame } from './registry';
export { decodeRle, type RleLayout } from './rle';
export { setCodecWasmUrls, type CodecWasmUrls } from './wasmModules';
