/** Digests of files, blobs and streams: one pass per file whatever the number of algorithms. */
export {
  createHasher,
  uniqueAlgorithms,
  WEBCRYPTO_NAME,
  type Digests,
  type HashAlgorithm,
  type IncrementalHasher,
} from './algorithms';
export { digestBlob } from './digestBlob';
export { digestBytes } from './digestBytes';
export { digestStream, type DigestOptions, type StreamDigestOptions } from './digestStream';
export { ONE_SHOT_LIMIT, STREAM_CHUNK } from './limits';
export { sha256Bytes, sha256Hex, sha256HexOfText } from './sha256';
