import type { VaultKeyMaterial } from '../../crypto/vaultKeys';
import { fromBytesJson, toBytesJson } from '../../domain/backup';
import { restoreKeyMaterial } from '../../storage/vaultMetaRepository';
import { errorMessage } from '../../domain/text/errorMessage';

/** The key material as a backup header carries it: as stored, its byte fields as hex. */
export function encodeKeyMaterial(material: VaultKeyMaterial): unknown {
  return toBytesJson(material);
}

/** Read back and checked like the stored row, so a damaged header is refused with a clear reason. */
export function decodeKeyMaterial(value: unknown): VaultKeyMaterial {
  try {
    return restoreKeyMaterial(fromBytesJson(value));
  } catch (error) {
    throw new Error(`The backup’s key record cannot be used: ${errorMessage(error)}`);
  }
}
