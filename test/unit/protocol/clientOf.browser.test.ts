import { describe, expect, it } from 'vitest';
import { withTransfer } from '../../../src/protocol/api';
import { clientOf } from '../../../src/protocol/clientOf';
import { serveWorker } from '../../../src/protocol/workerServer';

type PageApi = { read: { params: { key: number }; result: Uint8Array } };

describe('clientOf (a real MessageChannel in Chromium)', () => {
  it('calls what the other end of a port serves, as the package worker calls the page', async () => {
    const channel = new MessageChannel();
    const stop = serveWorker<PageApi>(channel.port1, {
      read: ({ key }) => {
        const bytes = new Uint8Array([key, key + 1]);
        return withTransfer(bytes, [bytes.buffer]);
      },
    });
    const client = clientOf<PageApi>(channel.port2);
    expect(Array.from(await client.call('read', { key: 4 }))).toEqual([4, 5]);
    expect(client.pending).toBe(0);
    client.dispose();
    stop();
    channel.port1.close();
    channel.port2.close();
  });
});
