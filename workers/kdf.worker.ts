import { deriveKeyFromPassphrase } from '../src/crypto/argon2id';
import type { KdfApi } from '../src/protocol/kdfApi';
import type { MessagePortLike } from '../src/protocol/messages';
import { serveWorker } from '../src/protocol/workerServer';

serveWorker<KdfApi>(self as unknown as MessagePortLike, {
  deriveKey: ({ passphrase, kdf }) => deriveKeyFromPassphrase(passphrase, kdf),
});
