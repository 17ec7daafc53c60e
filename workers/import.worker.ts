import { installKeys, lockKeyring } from '../src/crypto/keyring';
import { sealedOriginalBuffers } from '../src/crypto/sealOriginal';
import { withTransfer } from '../src/protocol/api';
import type { ImportApi } from '../src/protocol/importApi';
import type { MessagePortLike } from '../src/protocol/messages';
import { serveWorker } from '../src/protocol/workerServer';
import { processImportRequest } from './processImportRequest';

serveWorker<ImportApi>(self as unknown as MessagePortLike, {
  installKeys: ({ keys }) => {
    installKeys(keys);
    return true;
  },
  forgetKeys: () => {
    lockKeyring();
    return true;
  },
  processFile: async (request) => {
    const result = await processImportRequest(request);
    return result.kind === 'dicom' || result.kind === 'damaged'
      ? withTransfer(result, sealedOriginalBuffers(result.sealed))
      : result;
  },
});
