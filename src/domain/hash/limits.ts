/**
 * Files up to this size are read whole and hashed one-shot with WebCrypto, the fastest here
 * (../shared/STACK.md: 376 MiB/s for SHA-256 against 110 for streaming hash-wasm); larger ones are
 * streamed so a multi-gigabyte file never sits in memory. Two workers each holding one such file stay
 * well inside a tab's budget.
 */
export const ONE_SHOT_LIMIT = 64 * 1024 * 1024;

/** The read size of the streaming path: large enough that per-call overhead vanishes. */
export const STREAM_CHUNK = 4 * 1024 * 1024;
