/**
 * CRC-32 (ZIP, polynomial 0xEDB88320), by hand because fflate keeps its own CRC private. Needed to check
 * each entry against its header and, for streamed entries with a data descriptor, to confirm the
 * descriptor found is the real one.
 */
const TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** Continue a CRC over more bytes: start with crc32(bytes), then crc32(next, previous). */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let c = ~previous;
  for (let i = 0; i < bytes.length; i++) c = (TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return ~c >>> 0;
}
