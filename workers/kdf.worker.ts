import { deriveKeyFromPassphrase } from '../src/crypto/argon2id';
import type { KdfApi } from '../src/protocol/kdfApi';
import { serveSelf } from '../src/protocol/serveSelf';

serveSelf<KdfApi>({
  deriveKey: ({ passphrase, kdf }) => deriveKeyFromPassphrase(passphrase, kdf),
});
