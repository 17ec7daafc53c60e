import { DOWNLOAD_PATH, type ToPage, type ToStream, type ToWorker } from './streamedDownloadMessages';

interface DownloadScope {
  addEventListener(
    type: 'message',
    listener: (event: { data: unknown; ports: readonly MessagePort[] }) => void,
  ): void;
  addEventListener(
    type: 'fetch',
    listener: (event: {
      request: Request;
      respondWith(response: Promise<Response> | Response): void;
    }) => void,
  ): void;
}

/** The service worker's side: remembers announced downloads and answers their navigation with a stream. */
export function serveStreamedDownloads(scope: DownloadScope): void {
  const pending = new Map<string, { port: MessagePort; fileName: string; contentType: string }>();
  scope.addEventListener('message', (event) => {
    const data = event.data as ToWorker | null;
    const port = event.ports[0];
    if (data?.type === 'stream-download' && port)
      pending.set(data.id, { port, fileName: data.fileName, contentType: data.contentType });
  });
  scope.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    if (!url.pathname.startsWith(DOWNLOAD_PATH)) return;
    const id = url.pathname.slice(DOWNLOAD_PATH.length);
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    const { port } = entry;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        return new Promise<void>((resolve) => {
          port.onmessage = (message: MessageEvent<ToStream>) => {
            const m = message.data;
            if (m.type === 'chunk') controller.enqueue(m.bytes);
            else if (m.type === 'end') controller.close();
            else controller.error(new Error(m.reason));
            resolve();
          };
          port.postMessage({ type: 'pull' } satisfies ToPage);
        });
      },
      cancel() {
        port.postMessage({ type: 'cancel' } satisfies ToPage);
      },
    });
    const name = encodeURIComponent(entry.fileName);
    event.respondWith(
      new Response(body, {
        headers: {
          'Content-Type': entry.contentType,
          'Content-Disposition': `attachment; filename="${entry.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${name}`,
        },
      }),
    );
  });
}
