import type { DocumentKind } from './documentKind';
import { requireFields } from './readFields';

/**
 * A file recognised as DICOM that could not be read as an image (truncated, unparseable, or contradicting
 * its declared transfer syntax), id = its original's address. Its bytes are kept as an original at
 * `address`, exactly as read, so nothing a disc held is lost; no catalog row points at it, so it is
 * never shown as an image.
 */
export interface DamagedOriginal {
  /** The value's own format mark, written since its first version (the kind's version is kept beside it). */
  readonly v: 1;
  /** The original's address in the originals table. */
  readonly address: string;
  readonly sha256: string;
  readonly size: number;
  /** Where it was found, as imported. */
  readonly path: string;
  readonly reason: string;
  readonly importedAt: string;
}

/**
 * Only the address is required: the orphan sweep keeps the original of every document read here, so
 * refusing one for a lesser field would let the sweep delete the bytes it keeps.
 */
export const damagedOriginalKind: DocumentKind<DamagedOriginal> = {
  name: 'damaged-original',
  version: 1,
  migrations: {},
  read: (value) => requireFields<DamagedOriginal>(value, 'damaged original', { address: 'string' }),
};
