import charlsWasm from '@cornerstonejs/codec-charls/decodewasm?url';
import libjpegTurboWasm from '@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasm?url';
import openjpegWasm from '@cornerstonejs/codec-openjpeg/decodewasm?url';
import openjphWasm from '@cornerstonejs/codec-openjph/wasm?url';
import { createDecodeSession, setCodecWasmUrls } from '../src/domain/pixels';
import { withTransfer } from '../src/protocol/api';
import type { DecodeApi } from '../src/protocol/decodeApi';
import { serveSelf } from '../src/protocol/serveSelf';

// Only URLs here: each codec's JavaScript and .wasm load the first time a frame needs them.
setCodecWasmUrls({
  charls: charlsWasm,
  libjpegTurbo: libjpegTurboWasm,
  openjpeg: openjpegWasm,
  openjph: openjphWasm,
});

const session = createDecodeSession();

serveSelf<DecodeApi>({
  decodeFrame: async (request) => {
    const result = await session.decode(request);
    return result.ok ? withTransfer(result, [result.value.pixels.buffer as ArrayBuffer]) : result;
  },
  forget: ({ key }) => {
    session.forget(key);
    return null;
  },
});
