import type { Implementation } from '../dicom/write/fileMeta';

/**
 * How files this app writes name their writer (PS3.10 7.1): a UID under the 2.25 root made once from a
 * random UUID for Imaging Vault (no organisation root is needed), and a version name of at most 16 chars.
 */
export const IMPLEMENTATION: Implementation & { readonly versionName: string } = {
  classUid: '2.25.173319280198526841095614751759261750521',
  versionName: 'IMAGINGVAULT_01',
};

/** Bag-Software-Agent in bag-info.txt. */
export const SOFTWARE_AGENT = 'Imaging Vault 0.1';
