import { describe, expect, it } from 'vitest';
import { MessageChannel } from 'node:worker_threads';
import { withTransfer } from '../../../src/protocol/api';
import { RemoteError, type MessagePortLike } from '../../../src/protocol/messages';
import { createWorkerClient } from '../../../src/protocol/workerClient';
import { serveWorker } from '../../../src/protocol/workerServer';

type TestApi = {
  add: { params: { a: number; b: number }; result: number };
  fail: { params: { message: string }; result: never };
  count: { params: { to: number }; result: number; progress: { at: number } };
  wait: { params: { ms: number }; result: string };
  invert: { params: { bytes: ArrayBuffer }; result: ArrayBuffer };
};

function connect() {
  const channel = new MessageChannel();
  const serverPort = channel.port1 as unknown as MessagePortLike;
  const clientPort = channel.port2 as unknown as MessagePortLike;
  const cancelled: number[] = [];
  const stop = serveWorker<TestApi>(serverPort, {
    add: ({ a, b }) => a + b,
    fail: ({ message }) => {
      throw new TypeError(message);
    },
    count: ({ to }, { progress }) => {
      for (let at = 1; at <= to; at++) progress({ at });
      return to;
    },
    wait: ({ ms }, { signal }) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => resolve('finished'), ms);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          cancelled.push(ms);
          resolve('cancelled');
        });
      }),
    invert: ({ bytes }) => {
      const view = new Uint8Array(bytes);
      for (let i = 0; i < view.length; i++) view[i] = 255 - (view[i] ?? 0);
      return withTransfer(bytes, [bytes]);
    },
  });
  const client = createWorkerClient<TestApi>(clientPort);
  const close = () => {
    stop();
    client.dispose();
    channel.port1.close();
    channel.port2.close();
  };
  return { client, cancelled, close };
}

describe('worker protocol', () => {
  it('correlates concurrent replies by id', async () => {
    const { client, close } = connect();
    const results = await Promise.all([1, 2, 3, 4].map((n) => client.call('add', { a: n, b: 10 })));
    expect(results).toEqual([11, 12, 13, 14]);
    expect(client.pending).toBe(0);
    close();
  });

  it('returns errors as values carrying name, message and the worker stack', async () => {
    const { client, close } = connect();
    const error = await client
      .call('fail', { message: 'bad header in IM-0001.dcm' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteError);
    expect((error as RemoteError).name).toBe('TypeError');
    expect((error as RemoteError).message).toBe('bad header in IM-0001.dcm');
    expect((error as RemoteError).remoteStack).toContain('TypeError');
    close();
  });

  it('delivers progress before the result', async () => {
    const { client, close } = connect();
    const seen: number[] = [];
    const result = await client.call('count', { to: 3 }, { onProgress: (p) => seen.push(p.at) });
    expect(seen).toEqual([1, 2, 3]);
    expect(result).toBe(3);
    close();
  });

  it('cancels a running call on abort, and the worker sees the signal', async () => {
    const { client, cancelled, close } = connect();
    const controller = new AbortController();
    const call = client.call('wait', { ms: 5_000 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    await expect.poll(() => cancelled).toEqual([5_000]);
    close();
  });

  it('moves named transferables instead of copying them', async () => {
    const { client, close } = connect();
    const bytes = new Uint8Array([0, 1, 254]).buffer;
    const result = await client.call('invert', { bytes }, { transfer: [bytes] });
    expect(bytes.byteLength).toBe(0); // detached: it was moved, not copied
    expect([...new Uint8Array(result)]).toEqual([255, 254, 1]);
    close();
  });

  it('rejects an unknown method with a clear message', async () => {
    const { client, close } = connect();
    const untyped = client as unknown as { call(m: string, p: unknown): Promise<unknown> };
    await expect(untyped.call('nope', {})).rejects.toThrow('Unknown method "nope".');
    close();
  });

  it('rejects pending calls when disposed', async () => {
    const { client, close } = connect();
    const call = client.call('wait', { ms: 5_000 });
    client.dispose('The vault was locked.');
    await expect(call).rejects.toThrow('The vault was locked.');
    close();
  });
});
