import { attachedDocumentKind } from './attachedDocument';
import { damagedOriginalKind } from './damagedOriginal';
import { readDocumentsOfKinds, type DamagedDocument } from './documentStore';

/**
 * The originals that documents keep without any instance row pointing at them: damaged originals (kept
 * byte for byte, never shown as images) and the opinions and receipts attached to shares. The orphan sweep
 * must leave every one of them alone. A record row that cannot be opened might be one of these, so it is
 * returned too: while any exists, which originals are kept is not known for sure.
 */
export async function keptOriginals(): Promise<{
  addresses: Set<string>;
  unreadable: readonly DamagedDocument[];
}> {
  const { lists, damaged } = await readDocumentsOfKinds({
    damagedOriginal: damagedOriginalKind,
    attached: attachedDocumentKind,
  });
  const addresses = new Set([
    ...lists.damagedOriginal.map((d) => d.value.address),
    ...lists.attached.map((d) => d.value.address),
  ]);
  return { addresses, unreadable: damaged };
}
