import { describe, expect, it } from 'vitest';
import { DOWNLOAD_PATH, type ToPage, type ToStream } from '../../../src/protocol/streamedDownloadMessages';
import { serveStreamedDownloads } from '../../../src/protocol/streamedDownloadWorker';

type Listener = (event: never) => void;

/** A service worker scope that only records its listeners, and events dispatched to them by hand. */
function fakeScope() {
  const listeners = new Map<string, Listener>();
  serveStreamedDownloads({
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
  } as unknown as Parameters<typeof serveStreamedDownloads>[0]);
  return {
    announce(id: string, port: MessagePort) {
      listeners.get('message')?.({
        data: {
          type: 'stream-download',
          id,
          fileName: 'backup.ivbackup',
          contentType: 'application/octet-stream',
        },
        ports: [port],
      } as never);
    },
    navigate(id: string): Promise<Response> {
      let answer: Promise<Response> | Response | undefined;
      listeners.get('fetch')?.({
        request: new Request(`http://127.0.0.1${DOWNLOAD_PATH}${id}`),
        respondWith: (r: Promise<Response> | Response) => (answer = r),
      } as never);
      if (!answer) throw new Error('the service worker did not answer the navigation');
      return Promise.resolve(answer);
    },
  };
}

/** The page's side: answers every pull with the next chunk, then the end. */
function pageSide(port: MessagePort, chunks: Uint8Array[]) {
  port.onmessage = (event: MessageEvent<ToPage>) => {
    if (event.data.type !== 'pull') return;
    const next = chunks.shift();
    port.postMessage((next ? { type: 'chunk', bytes: next } : { type: 'end' }) satisfies ToStream);
  };
}

describe('the service worker side of a streamed download', () => {
  it('streams a download whose navigation arrives before the page’s announcing message', async () => {
    const scope = fakeScope();
    const channel = new MessageChannel();
    pageSide(channel.port1, [new Uint8Array([1, 2]), new Uint8Array([3])]);
    // Message and fetch events are separate task sources: here the fetch comes first.
    const response = scope.navigate('late');
    scope.announce('late', channel.port2);
    const answered = await response;
    expect(answered.status).toBe(200);
    expect(answered.headers.get('Content-Disposition')).toContain('backup.ivbackup');
    expect([...new Uint8Array(await answered.arrayBuffer())]).toEqual([1, 2, 3]);
    channel.port1.close();
  });

  it('streams one announced first, as usual', async () => {
    const scope = fakeScope();
    const channel = new MessageChannel();
    pageSide(channel.port1, [new Uint8Array([9])]);
    scope.announce('early', channel.port2);
    expect([...new Uint8Array(await (await scope.navigate('early')).arrayBuffer())]).toEqual([9]);
    channel.port1.close();
  });
});
