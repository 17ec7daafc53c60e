import { digestBlob } from '../src/domain/hash/digestBlob';
import type { HashApi } from '../src/protocol/hashApi';
import type { MessagePortLike } from '../src/protocol/messages';
import { serveWorker } from '../src/protocol/workerServer';

serveWorker<HashApi>(self as unknown as MessagePortLike, {
  digest: ({ blob, algorithms }, { signal, progress }) =>
    digestBlob(blob, algorithms, { signal, onProgress: (bytesDone) => progress({ bytesDone }) }),
});
