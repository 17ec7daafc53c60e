/** The payload's "OctetCount.StreamCount" (RFC 8493 2.2.2): total bytes and number of files under data/. */
export function payloadOxum(files: readonly { readonly size: number }[]): string {
  let octets = 0;
  for (const file of files) octets += file.size;
  return `${octets}.${files.length}`;
}

const UNITS = ['KB', 'MB', 'GB', 'TB', 'PB'];

/**
 * A human-readable size for Bag-Size, in decimal units as the RFC's own example ("260 GB") and most
 * file managers use: "512 bytes", "1.5 MB", "4.3 GB".
 */
export function humanSize(bytes: number): string {
  if (bytes < 1000) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  let value = bytes;
  let unit = -1;
  while (value >= 999.95 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(1).replace(/\.0$/, '')} ${UNITS[unit]}`;
}
