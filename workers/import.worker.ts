import { installKeys, lockKeyring } from '../src/crypto/keyring';
import { sealedOriginalBuffers } from '../src/crypto/sealOriginal';
import { withTransfer } from '../src/protocol/api';
import type { ImportApi } from '../src/protocol/importApi';
import { serveSelf } from '../src/protocol/serveSelf';
import { processImportRequest } from './processImportRequest';

serveSelf<ImportApi>({
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
