import { afterEach, describe, expect, it, vi } from 'vitest';
import { withTransfer } from '../../../src/protocol/api';
import { serveSelf } from '../../../src/protocol/serveSelf';

type EchoApi = { echo: { params: { bytes: Uint8Array }; result: Uint8Array } };

/** Stands in for a dedicated worker's global scope: its message events and its postMessage. */
function fakeScope() {
  const target = new EventTarget();
  const posted: { message: unknown; options: unknown }[] = [];
  vi.stubGlobal('addEventListener', target.addEventListener.bind(target));
  vi.stubGlobal('removeEventListener', target.removeEventListener.bind(target));
  vi.stubGlobal('postMessage', (message: unknown, options: unknown) => posted.push({ message, options }));
  const receive = (data: unknown) => target.dispatchEvent(Object.assign(new Event('message'), { data }));
  return { posted, receive };
}

describe('serveSelf', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('answers requests arriving on the global scope, moving the buffers it was told to', async () => {
    const scope = fakeScope();
    const stop = serveSelf<EchoApi>({ echo: ({ bytes }) => withTransfer(bytes, [bytes.buffer]) });
    const bytes = new Uint8Array([1, 2, 3]);
    scope.receive({ kind: 'request', id: 7, method: 'echo', params: { bytes } });
    await vi.waitFor(() => expect(scope.posted).toHaveLength(1));
    expect(scope.posted[0]).toEqual({
      message: { kind: 'result', id: 7, value: bytes },
      options: { transfer: [bytes.buffer] },
    });
    stop();
  });

  it('stops listening once stopped', async () => {
    const scope = fakeScope();
    const stop = serveSelf<EchoApi>({ echo: ({ bytes }) => bytes });
    stop();
    scope.receive({ kind: 'request', id: 1, method: 'echo', params: { bytes: new Uint8Array(1) } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(scope.posted).toEqual([]);
  });
});
