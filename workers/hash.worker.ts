import { digestBlob } from '../src/domain/hash/digestBlob';
import type { HashApi } from '../src/protocol/hashApi';
import { serveSelf } from '../src/protocol/serveSelf';

serveSelf<HashApi>({
  digest: ({ blob, algorithms }, { signal, progress }) =>
    digestBlob(blob, algorithms, { signal, onProgress: (bytesDone) => progress({ bytesDone }) }),
});
