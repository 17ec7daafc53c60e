import { installKeys, lockKeyring } from '../src/crypto/keyring';
import { sealOriginal, sealedOriginalBuffers } from '../src/crypto/sealOriginal';
import { toHex } from '../src/domain/bytes/hex';
import { classifyFile, CLASSIFY_HEAD_BYTES, parseDicomHeader, readDicomdir } from '../src/domain/dicom';
import { withTransfer } from '../src/protocol/api';
import type { ImportApi, ProcessedFile } from '../src/protocol/importApi';
import type { MessagePortLike } from '../src/protocol/messages';
import { serveWorker } from '../src/protocol/workerServer';

async function processFile(path: string, file: Blob): Promise<ProcessedFile> {
  const size = file.size;
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, CLASSIFY_HEAD_BYTES).arrayBuffer());
  } catch (error) {
    return { kind: 'unreadable', path, size, reason: `could not be read from the disc (${String(error)})` };
  }
  const found = classifyFile(path, size, head);
  if (found.kind === 'junk')
    return { kind: 'junk', path, size, category: found.category, format: found.format };
  if (found.kind === 'not-dicom') return { kind: 'unreadable', path, size, reason: found.reason };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return { kind: 'unreadable', path, size, reason: `could not be read from the disc (${String(error)})` };
  }
  if (found.kind === 'dicomdir') return { kind: 'dicomdir', path, size, result: readDicomdir(bytes) };
  const parsed = parseDicomHeader(bytes, path);
  if (!parsed.ok) return { kind: 'unreadable', path, size, reason: parsed.reason };
  const sha256 = toHex(
    new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)),
  );
  const sealed = await sealOriginal(bytes, sha256);
  return { kind: 'dicom', path, size, sha256, instance: parsed.instance, sealed };
}

serveWorker<ImportApi>(self as unknown as MessagePortLike, {
  installKeys: ({ keys }) => {
    installKeys(keys);
    return true;
  },
  forgetKeys: () => {
    lockKeyring();
    return true;
  },
  processFile: async ({ path, file }) => {
    const result = await processFile(path, file);
    return result.kind === 'dicom' ? withTransfer(result, sealedOriginalBuffers(result.sealed)) : result;
  },
});
